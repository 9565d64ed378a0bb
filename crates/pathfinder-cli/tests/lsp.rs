//! `pathfinder lsp --stdio` driven over stdio by a minimal LSP client written here.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// Generous: the server answers in milliseconds, but CI machines are shared.
const WAIT: Duration = Duration::from_secs(30);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(cwd: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
            .args(["lsp", "--stdio"])
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("pathfinder lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            next_id: 0,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its response, skipping anything else that arrives first.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(&format!("response to {method}"), |m| {
            m["id"] == id && m.get("method").is_none()
        })
    }

    fn wait_for(&self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(m) if matches(&m) => return m,
                Ok(_) => {}
                Err(_) => panic!("no {what} within {WAIT:?}"),
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&self, uri: &str) -> Value {
        self.wait_for(&format!("diagnostics for {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })["params"]
            .clone()
    }
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some(v) = header.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn file_uri(path: &Path) -> String {
    // Temporary directories have plain ASCII names; spaces would be the only thing to encode.
    format!("file://{}", path.display()).replace(' ', "%20")
}

const VULNERABLE: &str = "import os
import socket

from flask import Flask, request

app = Flask(__name__)
s = socket.socket()
s.bind((\"0.0.0.0\", 8080))


@app.route(\"/run\")
def run():
    cmd = request.args.get(\"cmd\")
    os.system(cmd)
";

const BIND: &str = "PYTHON-LANG-SEC-070";
const CMDI: &str = "PYTHON-FLASK-SEC-001";

#[test]
fn editor_session_over_stdio() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    // The configuration narrows the rules: no other built-in rule may report on this buffer.
    std::fs::write(
        root.join("pathfinder.toml"),
        format!("rulesets = [\"python/{BIND}\", \"python/{CMDI}\"]\n"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("app")).unwrap();
    // What is on disk is harmless: the server must analyse the buffer's text instead.
    std::fs::write(root.join("app/server.py"), "print('saved version')\n").unwrap();
    let uri = file_uri(&root.join("app/server.py"));

    let mut client = Client::start(&root);
    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": file_uri(&root), "capabilities": {}}),
    );
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["textDocumentSync"]["change"], 1);
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    assert_eq!(init["result"]["serverInfo"]["name"], "pathfinder");
    client.notify("initialized", json!({}));

    // didOpen: a medium pattern finding and a critical taint finding with its path.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": VULNERABLE}}),
    );
    let published = client.diagnostics(&uri);
    assert_eq!(published["version"], 1);
    let diags = published["diagnostics"].as_array().unwrap().clone();
    let codes: Vec<&str> = diags.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes.len(), 2, "only the configured rules run: {diags:#?}");
    let bind = diags
        .iter()
        .find(|d| d["code"] == BIND)
        .expect("bind finding");
    assert_eq!(
        bind["range"],
        json!({"start": {"line": 7, "character": 0}, "end": {"line": 7, "character": 25}})
    );
    assert_eq!(bind["severity"], 2, "medium is a warning");
    assert_eq!(bind["source"], "pathfinder");
    let href = bind["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        href.ends_with(&format!("/registry/python/lang/{BIND}")),
        "{href}"
    );

    let cmdi = diags
        .iter()
        .find(|d| d["code"] == CMDI)
        .expect("taint finding");
    assert_eq!(cmdi["severity"], 1, "critical is an error");
    assert_eq!(cmdi["range"]["start"]["line"], 13);
    let steps = cmdi["relatedInformation"].as_array().unwrap();
    assert!(steps.len() >= 2, "source and sink: {steps:#?}");
    assert!(steps.iter().all(|s| s["location"]["uri"] == uri));
    assert_eq!(
        steps[0]["location"]["range"]["start"]["line"], 12,
        "the source line"
    );
    assert!(steps[0]["message"].as_str().unwrap().starts_with("source"));

    // A code action on the bind finding: suppress it on its line, or open its page.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": bind["range"],
            "context": {"diagnostics": [bind]},
        }),
    )["result"]
        .clone();
    let actions = actions.as_array().unwrap();
    assert_eq!(actions.len(), 2, "{actions:#?}");
    assert_eq!(
        actions[0]["edit"]["changes"][&uri],
        json!([{
            "range": {"start": {"line": 7, "character": 25}, "end": {"line": 7, "character": 25}},
            "newText": format!("  # pathfinder: ignore[{BIND}]"),
        }])
    );
    let command = &actions[1]["command"];
    assert_eq!(command["command"], "pathfinder.openRulePage");
    assert_eq!(command["arguments"], json!([href]));

    // Running the command asks the editor to open the page outside it.
    client.next_id += 1;
    let exec_id = client.next_id;
    client.send(json!({"jsonrpc": "2.0", "id": exec_id, "method": "workspace/executeCommand",
                       "params": {"command": command["command"], "arguments": command["arguments"]}}));
    let show = client.wait_for("window/showDocument", |m| {
        m["method"] == "window/showDocument"
    });
    assert_eq!(show["params"], json!({"uri": href, "external": true}));
    client.send(json!({"jsonrpc": "2.0", "id": show["id"], "result": {"success": true}}));
    client.wait_for("executeCommand response", |m| m["id"] == exec_id);
    let refused = client.request(
        "workspace/executeCommand",
        json!({"command": "pathfinder.openRulePage", "arguments": ["https://elsewhere.example/"]}),
    );
    assert!(
        refused["error"].is_object(),
        "only rule pages open: {refused}"
    );

    // Applying the suggested edit silences the finding on the next change.
    let suppressed = VULNERABLE.replace(
        "8080))\n",
        &format!("8080))  # pathfinder: ignore[{BIND}]\n"),
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": suppressed}]}),
    );
    let published = client.diagnostics(&uri);
    assert_eq!(published["version"], 2);
    let codes: Vec<Value> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].clone())
        .collect();
    assert_eq!(codes, [json!(CMDI)]);

    // Settings from the editor win over pathfinder.toml.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"pathfinder": {"rulesets": [format!("python/{BIND}")]}}}),
    );
    let published = client.diagnostics(&uri);
    assert_eq!(
        published["diagnostics"],
        json!([]),
        "the taint rule no longer runs"
    );
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"pathfinder": {"rulesets": [format!("python/{CMDI}")]}}}),
    );
    assert_eq!(
        client.diagnostics(&uri)["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A rename moves the buffer: the old name is cleared, the new one analysed.
    let renamed = file_uri(&root.join("app/main.py"));
    client.notify(
        "workspace/didRenameFiles",
        json!({"files": [{"oldUri": uri, "newUri": renamed}]}),
    );
    assert_eq!(client.diagnostics(&uri)["diagnostics"], json!([]));
    assert_eq!(client.diagnostics(&renamed)["diagnostics"][0]["code"], CMDI);

    // didChange that fixes the code: empty diagnostics for that version.
    let fixed = suppressed.replace("os.system(cmd)", "os.system(\"uptime\")");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": renamed, "version": 3}, "contentChanges": [{"text": fixed}]}),
    );
    let published = client.diagnostics(&renamed);
    assert_eq!(published["version"], 3);
    assert_eq!(published["diagnostics"], json!([]));

    // A buffer without a file name is analysed by its language id.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "untitled:Untitled-1", "languageId": "python", "version": 1,
                                "text": "import os\nfrom flask import request\nos.system(request.args[\"c\"])\n"}}),
    );
    let untitled = client.diagnostics("untitled:Untitled-1");
    assert_eq!(untitled["diagnostics"][0]["code"], CMDI, "{untitled}");
    assert_eq!(untitled["diagnostics"][0]["range"]["start"]["line"], 2);

    let shutdown = client.request("shutdown", Value::Null);
    assert_eq!(shutdown["result"], Value::Null);
    assert!(shutdown.get("error").is_none());
    client.notify("exit", Value::Null);
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = client.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "exit status {status}");
}

#[test]
fn bad_input_before_initialize_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .arg("lsp")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let body = r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}"#;
    let mut stdin = child.stdin.take().unwrap();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("initialize"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Waits for the server process to end and returns its exit code.
fn exit_code(client: &mut Client) -> i32 {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(status) = client.child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        assert!(Instant::now() < deadline, "server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn initialize(client: &mut Client, root: &Path) {
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": file_uri(root), "capabilities": {}}),
    );
    client.notify("initialized", json!({}));
}

const HELPER_UNSAFE: &str = "import os\n\n\ndef run(cmd):\n    os.system(cmd)\n";
const HELPER_SAFE: &str = "import shlex\n\n\ndef run(cmd):\n    print(shlex.quote(cmd))\n";
const VIEW: &str =
    "from flask import request\n\nfrom app.util import run\n\n\ndef view():\n    run(request.args.get(\"x\"))\n";

#[test]
fn flows_through_other_files_use_the_disk_and_the_open_buffers() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::write(
        root.join("pathfinder.toml"),
        format!("rulesets = [\"python/{CMDI}\"]\n"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("app")).unwrap();
    std::fs::write(root.join("app/__init__.py"), "").unwrap();
    // The helper on disk runs its argument as a command; the view passes request data to it.
    std::fs::write(root.join("app/util.py"), HELPER_UNSAFE).unwrap();
    std::fs::write(root.join("app/views.py"), "").unwrap();
    let view = file_uri(&root.join("app/views.py"));
    let util = file_uri(&root.join("app/util.py"));

    let mut client = Client::start(&root);
    initialize(&mut client, &root);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": view, "languageId": "python", "version": 1, "text": VIEW}}),
    );
    let published = client.diagnostics(&view);
    let diags = published["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{published}");
    assert_eq!(diags[0]["code"], CMDI);
    assert_eq!(diags[0]["range"]["start"]["line"], 6);

    // The helper opened and edited (unsaved) to stop running commands: the view is analysed again with
    // the buffer's text, not the file on disk, and its finding goes.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": util, "languageId": "python", "version": 1, "text": HELPER_UNSAFE}}),
    );
    assert_eq!(client.diagnostics(&util)["diagnostics"], json!([]));
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": util, "version": 2}, "contentChanges": [{"text": HELPER_SAFE}]}),
    );
    let again = client.wait_for("view diagnostics without the finding", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == view
            && m["params"]["diagnostics"] == json!([])
    });
    assert_eq!(again["params"]["version"], 1);
    // The disk still has the unsafe helper.
    assert_eq!(
        std::fs::read_to_string(root.join("app/util.py")).unwrap(),
        HELPER_UNSAFE
    );
    // Closing the helper's buffer brings its disk copy back, and with it the finding.
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": util}}),
    );
    client.wait_for("view diagnostics with the finding again", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == view
            && m["params"]["diagnostics"][0]["code"] == CMDI
    });

    let shutdown = client.request("shutdown", Value::Null);
    assert_eq!(shutdown["result"], Value::Null);
    client.notify("exit", Value::Null);
    assert_eq!(exit_code(&mut client), 0);
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let mut client = Client::start(&root);
    initialize(&mut client, &root);
    client.notify("exit", Value::Null);
    // stdin stays open: the server must not wait for it to close.
    assert_eq!(exit_code(&mut client), 1);
}
