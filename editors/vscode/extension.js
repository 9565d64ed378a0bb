// Starts `pathfinder lsp --stdio` for Python, Dockerfile and compose buffers; everything else is the server's.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const command = vscode.workspace.getConfiguration("pathfinder").get("path") || "pathfinder";
  const run = { command, args: ["lsp", "--stdio"] };
  client = new LanguageClient(
    "pathfinder",
    "pathfinder",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "python" },
        { scheme: "file", language: "dockerfile" },
        { scheme: "file", language: "dockercompose" },
        { scheme: "file", pattern: "**/{compose,docker-compose}*.{yml,yaml}" },
      ],
      synchronize: {
        // Sent as workspace/didChangeConfiguration {"pathfinder": {...}} whenever the settings change.
        configurationSection: "pathfinder",
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{pathfinder.toml,pyproject.toml}"),
      },
    },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
