//! The JSON-RPC handler driven by one fuzzer input (`fuzz/fuzz_targets/mcp.rs`, and the saved inputs
//! replayed by `tests/fuzz_regressions.rs`): a session over the stdio transport on a small project, whose
//! messages are built from the input with the tool schemas.

use crate::{ServeOptions, Server};
use serde_json::{json, Value};
use std::sync::OnceLock;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

/// Files of the project the fuzzed session serves: Python, Go, a Dockerfile and a compose file.
const PROJECT: &[(&str, &str)] = &[
    ("app/__init__.py", ""),
    (
        "app/views.py",
        "import os\nfrom flask import request\n\nfrom app.util import clean\n\n\ndef run():\n    os.system(clean(request.args.get(\"c\")))\n\n\nclass H:\n    def m(self):\n        return run()\n",
    ),
    ("app/util.py", "def clean(v):\n    return v.strip()\n"),
    ("go.mod", "module example.com/f\n"),
    (
        "svc/a.go",
        "package svc\n\nimport \"os/exec\"\n\ntype S struct{}\n\nfunc (s *S) Run(x string) { exec.Command(x).Run() }\n\nfunc Start() { (&S{}).Run(\"ls\") }\n",
    ),
    ("Dockerfile", "FROM python:3 AS build\nFROM alpine\nCOPY --from=build /a /a\nUSER root\nEXPOSE 80\n"),
    ("compose.yaml", "services:\n  web:\n    image: x\n    privileged: true\n    depends_on: [db]\n  db:\n    image: y\n"),
];

struct Harness {
    runtime: tokio::runtime::Runtime,
    server: Server,
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("pathfinder-fuzz-mcp-{}", std::process::id()));
        for (rel, text) in PROJECT {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("project files have a parent"))
                .expect("fuzz project directory");
            std::fs::write(&path, text).expect("fuzz project file");
        }
        let server = Server::start(ServeOptions {
            project: root,
            rules: Vec::new(),
            tool_timeout: Duration::from_secs(60),
            test_delay: Duration::ZERO,
            version: "fuzz".into(),
            timestamp: String::new,
        })
        .expect("fuzz server starts");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("fuzz runtime");
        Harness { runtime, server }
    })
}

/// Work done once before fuzzing starts (rules loaded, project indexed).
pub fn init() {
    let h = harness();
    h.runtime.block_on(h.server.shared.index.wait_ready());
}

/// The messages one input stands for. The first byte picks a tool (by its place in `tools/list`); the rest,
/// when it is a JSON value, is that call's `arguments` (any shape, as the schemas do not bind a client);
/// the input is also sent as one raw line, and split at newlines as several.
pub fn messages(data: &[u8]) -> Vec<String> {
    let defs = crate::tools::definitions();
    let mut out = Vec::new();
    if let Some((&pick, rest)) = data.split_first() {
        let def = &defs[pick as usize % defs.len()];
        if let Ok(args) = serde_json::from_slice::<Value>(rest) {
            out.push(
                json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": def.name, "arguments": args}})
                    .to_string(),
            );
        }
    }
    for line in data.split(|&b| b == b'\n') {
        out.push(String::from_utf8_lossy(line).into_owned());
    }
    out
}

/// One session: initialize, the input's messages, then a ping that must be answered. Panics when a line
/// on stdout is not JSON or the server stops answering (what the fuzzer looks for).
pub fn session(data: &[u8]) {
    let h = harness();
    let server = h.server.clone();
    h.runtime.block_on(async move {
        let (client, server_io) = tokio::io::duplex(1 << 16);
        let (server_read, server_write) = tokio::io::split(server_io);
        let task = tokio::spawn(crate::stdio::serve_on(server, server_read, server_write));
        let (client_read, mut client_write) = tokio::io::split(client);
        let mut lines = vec![
            json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "fuzz", "version": "0"}}}).to_string(),
            json!({"jsonrpc": "2.0", "method": "notifications/initialized"}).to_string(),
        ];
        lines.extend(messages(data));
        lines.push(json!({"jsonrpc": "2.0", "id": "last", "method": "ping"}).to_string());
        let writer = tokio::spawn(async move {
            for l in lines {
                if client_write.write_all(l.as_bytes()).await.is_err()
                    || client_write.write_all(b"\n").await.is_err()
                {
                    break;
                }
            }
            client_write
        });
        let mut reader = tokio::io::BufReader::new(client_read).lines();
        let answered = tokio::time::timeout(Duration::from_secs(120), async {
            while let Ok(Some(line)) = reader.next_line().await {
                let v: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {line}"));
                if v["id"] == json!("last") {
                    return v;
                }
            }
            panic!("the server closed stdout before answering the last ping");
        })
        .await
        .expect("the server stopped answering");
        assert_eq!(answered["result"], json!({}), "{answered}");
        let mut client_write = writer.await.expect("writer task");
        let _ = client_write.shutdown().await;
        let _ = tokio::time::timeout(Duration::from_secs(60), task).await;
    });
}
