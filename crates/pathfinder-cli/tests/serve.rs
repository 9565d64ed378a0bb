//! `pathfinder serve`: the real binary driven over stdio (newline-delimited JSON-RPC) and over Streamable
//! HTTP on 127.0.0.1 by clients written here, on the fixture project `tests/mcp_project` (Python,
//! Dockerfile, compose) copied to a temporary directory.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_pathfinder");

fn fixture() -> (tempfile::TempDir, PathBuf) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mcp_project");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("project");
    copy_dir(&src, &root);
    (dir, root)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A stdio MCP client: one JSON-RPC message per line each way.
struct Stdio_ {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// Messages read while waiting for another id.
    pending: Vec<Value>,
}

impl Stdio_ {
    fn start(root: &Path, extra: &[&str]) -> Stdio_ {
        let mut child = Command::new(BIN)
            .arg("serve")
            .arg(root)
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Stdio_ {
            child,
            stdin,
            lines: rx,
            pending: Vec::new(),
        }
    }

    fn send_raw(&mut self, text: &str) {
        let w = self.stdin.as_mut().unwrap();
        w.write_all(text.as_bytes()).unwrap();
        w.write_all(b"\n").unwrap();
        w.flush().unwrap();
    }

    fn send(&mut self, v: &Value) {
        self.send_raw(&v.to_string());
    }

    /// The next message, every line of stdout being one JSON value.
    fn next(&mut self, wait: Duration) -> Option<Value> {
        let line = self.lines.recv_timeout(wait).ok()?;
        Some(serde_json::from_str(&line).unwrap_or_else(|e| {
            panic!("stdout line is not JSON ({e}): {line:?}");
        }))
    }

    fn wait_for(&mut self, id: &Value, wait: Duration) -> Option<Value> {
        if let Some(i) = self.pending.iter().position(|m| &m["id"] == id) {
            return Some(self.pending.remove(i));
        }
        let deadline = Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = self.next(left)?;
            if &m["id"] == id {
                return Some(m);
            }
            self.pending.push(m);
        }
    }

    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(&json!(id), Duration::from_secs(60))
            .unwrap_or_else(|| panic!("no answer to {method} (id {id})"))
    }

    fn initialize(&mut self) -> Value {
        let r = self.request(
            0,
            "initialize",
            json!({"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}),
        );
        self.send(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
        r
    }

    /// `tools/call`: the structured result, or the error text of a tool error.
    fn call(&mut self, id: u64, tool: &str, args: Value) -> Result<Value, String> {
        let r = self.request(id, "tools/call", json!({"name": tool, "arguments": args}));
        tool_result(&r)
    }

    fn finish(mut self) -> (i32, String) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("serve did not stop when stdin closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        (status.code().unwrap_or(-1), err)
    }
}

/// Checks the two forms of a tool result agree and returns the JSON (or the error message).
fn tool_result(r: &Value) -> Result<Value, String> {
    let result = &r["result"];
    assert!(result.is_object(), "not a result: {r}");
    let structured = result["structuredContent"].clone();
    let text = result["content"][0]["text"].as_str().unwrap_or("");
    assert_eq!(result["content"][0]["type"], "text");
    let from_text: Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        from_text, structured,
        "text content differs from structuredContent"
    );
    if result["isError"] == json!(true) {
        Err(structured["error"].as_str().unwrap_or("").to_string())
    } else {
        Ok(structured)
    }
}

/// The parts of a `scan -o json` document that do not depend on the time or the target's spelling.
fn comparable(doc: &Value) -> Value {
    json!({
        "results": doc["results"],
        "summary": doc["summary"],
        "errors": doc["errors"],
        "rules_executed": doc["scan"]["rules_executed"],
        "files_scanned": doc["scan"]["files_scanned"],
    })
}

fn cli_scan(path: &Path) -> Value {
    let out = Command::new(BIN)
        .args(["scan", "--no-progress", "-o", "json", "-p"])
        .arg(path)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(v: &Value, key: &str, field: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[field].as_str().unwrap_or("").to_string())
        .collect()
}

const TOOLS: [&str; 17] = [
    "scan",
    "list_rules",
    "get_rule",
    "explain_finding",
    "get_index_info",
    "find_symbol",
    "find_module",
    "list_modules",
    "get_callers",
    "get_callees",
    "get_call_details",
    "resolve_import",
    "find_dockerfile_instructions",
    "find_compose_services",
    "get_dockerfile_details",
    "get_docker_dependencies",
    "status",
];

#[test]
fn stdio_protocol_and_every_tool() {
    let (_dir, root) = fixture();
    let mut c = Stdio_::start(&root, &[]);
    let init = c.initialize();
    assert_eq!(init["result"]["serverInfo"]["name"], "pathfinder");
    assert_eq!(
        init["result"]["serverInfo"]["version"],
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(init["result"]["protocolVersion"], "2025-06-18");
    assert!(init["result"]["capabilities"]["tools"].is_object());

    // Malformed JSON: -32700 with a null id, and the server keeps serving.
    c.send_raw("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ");
    let err = c.next(Duration::from_secs(10)).unwrap();
    assert_eq!(err["error"]["code"], -32700);
    assert_eq!(err["id"], Value::Null);
    // JSON that is not a JSON-RPC message: -32600 with its id.
    c.send_raw("{\"id\": 6, \"params\": 1}");
    let err = c.wait_for(&json!(6), Duration::from_secs(10)).unwrap();
    assert_eq!(err["error"]["code"], -32600);
    assert_eq!(c.request(7, "ping", json!({}))["result"], json!({}));
    assert_eq!(
        c.request(8, "no/such/method", json!({}))["error"]["code"],
        -32601
    );
    let status = c.request(9, "status", json!({}));
    assert!(status["result"]["state"].is_string(), "{status}");

    let list = c.request(10, "tools/list", json!({}));
    let tools = list["result"]["tools"].as_array().unwrap();
    let names: Vec<&str> = tools.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(names, TOOLS);
    for t in tools {
        assert_eq!(t["inputSchema"]["type"], "object", "{t}");
        assert_eq!(t["outputSchema"]["type"], "object", "{t}");
        assert!(!t["description"].as_str().unwrap().is_empty());
    }

    // Unknown tool: a JSON-RPC error; bad arguments: a tool error the model can read.
    let r = c.request(11, "tools/call", json!({"name": "nope", "arguments": {}}));
    assert_eq!(r["error"]["code"], -32602);
    let e = c
        .call(12, "find_symbol", json!({"name": "x", "bogus": 1}))
        .unwrap_err();
    assert!(e.contains("bogus"), "{e}");

    every_tool(&mut c, &root);

    let (code, stderr) = c.finish();
    assert_eq!(code, 0, "{stderr}");
}

/// A client of either transport: `request` sends one JSON-RPC request and returns its answer.
trait Client {
    fn rpc(&mut self, id: u64, method: &str, params: Value) -> Value;

    /// `tools/call`: the structured result, or the error text of a tool error.
    fn tool(&mut self, id: u64, tool: &str, args: Value) -> Result<Value, String> {
        tool_result(&self.rpc(id, "tools/call", json!({"name": tool, "arguments": args})))
    }
}

impl Client for Stdio_ {
    fn rpc(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.request(id, method, params)
    }
}

impl Client for Http {
    fn rpc(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.request(id, method, params)
    }
}

/// Calls every tool on the fixture project (Python, Go, Dockerfile, compose) and checks the answers: the
/// same checks over stdio and over HTTP.
fn every_tool(c: &mut dyn Client, root: &Path) {
    let info = c.tool(13, "get_index_info", json!({})).unwrap();
    assert_eq!(
        info["files"],
        json!({"python": 3, "go": 1, "dockerfile": 1, "compose": 1, "other": 0})
    );
    assert_eq!(info["index"]["state"], "ready");
    assert_eq!(
        info["symbols_by_type"],
        json!({"class_definition": 1, "constructor": 1, "function_definition": 4, "method": 4})
    );
    assert_eq!(info["compose_services"], 2);
    assert_eq!(info["go_packages"], 1);
    assert_eq!(info["modules"], 4);

    // scan: the same findings as `pathfinder scan -o json`.
    let doc = c.tool(14, "scan", json!({"path": "."})).unwrap();
    assert_eq!(comparable(&doc), comparable(&cli_scan(root)));
    let rule_ids = ids(&doc, "results", "rule_id");
    assert!(
        rule_ids.iter().any(|r| r.starts_with("PYTHON-")),
        "{rule_ids:?}"
    );
    assert!(
        rule_ids.iter().any(|r| r.starts_with("DOCKER-")),
        "{rule_ids:?}"
    );
    assert!(
        rule_ids.iter().any(|r| r.starts_with("COMPOSE-")),
        "{rule_ids:?}"
    );
    // A file below a directory: project-relative paths, same findings as scanning that file.
    let one = c.tool(15, "scan", json!({"path": "app/views.py"})).unwrap();
    let files: Vec<&str> = one["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["location"]["file"].as_str().unwrap())
        .collect();
    assert!(!files.is_empty() && files.iter().all(|f| *f == "app/views.py"));
    let cli_one = cli_scan(&root.join("app/views.py"));
    assert_eq!(
        one["results"].as_array().unwrap().len(),
        cli_one["results"].as_array().unwrap().len()
    );
    // min_severity and unsaved code in memory.
    let high = c
        .tool(16, "scan", json!({"path": ".", "min_severity": "high"}))
        .unwrap();
    assert!(high["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| ["high", "critical"].contains(&r["severity"].as_str().unwrap())));
    let mem = c
        .tool(
            17,
            "scan",
            json!({"code": "import socket\ns = socket.socket()\ns.bind((\"0.0.0.0\", 80))\n", "language": "python", "path": "draft.py"}),
        )
        .unwrap();
    let hit = &mem["results"][0];
    assert_eq!(hit["rule_id"], "PYTHON-LANG-SEC-070");
    assert_eq!(hit["location"]["file"], "draft.py");
    assert_eq!(hit["location"]["line"], 3);

    // Rules.
    let rules = c
        .tool(
            18,
            "list_rules",
            json!({"language": "python", "query": "CWE-668", "limit": 500}),
        )
        .unwrap();
    assert!(ids(&rules, "rules", "id").contains(&"PYTHON-LANG-SEC-070".to_string()));
    let page1 = c.tool(19, "list_rules", json!({"limit": 2})).unwrap();
    assert_eq!(page1["rules"].as_array().unwrap().len(), 2);
    let cursor = page1["next_cursor"].as_str().unwrap().to_string();
    let page2 = c
        .tool(20, "list_rules", json!({"limit": 2, "cursor": cursor}))
        .unwrap();
    assert_ne!(page1["rules"][0]["id"], page2["rules"][0]["id"]);
    assert!(c
        .tool(21, "list_rules", json!({"cursor": "zzz"}))
        .unwrap_err()
        .contains("cursor"));
    let rule = c
        .tool(
            22,
            "get_rule",
            json!({"id": "python/lang/PYTHON-LANG-SEC-070"}),
        )
        .unwrap();
    assert_eq!(rule["id"], "PYTHON-LANG-SEC-070");
    assert!(rule["source"].as_str().unwrap().contains("python_rule"));
    assert!(!rule["page"]["recommendations"]
        .as_array()
        .unwrap()
        .is_empty());
    let fp = doc["results"][0]["fingerprint"].as_str().unwrap();
    let ex = c
        .tool(23, "explain_finding", json!({"fingerprint": fp}))
        .unwrap();
    assert_eq!(ex["rule_id"], doc["results"][0]["rule_id"]);
    assert_eq!(ex["finding"]["fingerprint"], fp);
    assert!(!ex["how_to_fix"]["recommendations"]
        .as_array()
        .unwrap()
        .is_empty());
    let by_loc = c
        .tool(
            24,
            "explain_finding",
            json!({"rule_id": hit["rule_id"], "file": "app/views.py", "line": 1}),
        )
        .unwrap();
    assert!(by_loc["finding"].is_null() && by_loc["note"].is_string());

    // Navigation.
    let s = c
        .tool(
            25,
            "find_symbol",
            json!({"name": "handle", "type": "method"}),
        )
        .unwrap();
    assert_eq!(
        s["symbols"][0],
        json!({"name": "handle", "fqn": "app.views.Handler.handle", "type": "method", "language": "python", "file": "app/views.py", "module": "app.views", "line": 22, "end_line": 23, "class": "app.views.Handler"})
    );
    let m = c.tool(26, "find_module", json!({"name": "util"})).unwrap();
    assert_eq!(m["modules"][0]["file"], "app/util.py");
    assert_eq!(m["modules"][0]["functions"], 1);
    let mods = c.tool(27, "list_modules", json!({"limit": 2})).unwrap();
    assert_eq!(ids(&mods, "modules", "module"), ["app", "app.util"]);
    assert_eq!(mods["total"], 4);
    let callers = c
        .tool(28, "get_callers", json!({"function": "helper"}))
        .unwrap();
    assert_eq!(
        callers["callers"],
        json!([{"caller": "app.views.Handler.handle", "caller_is_module": false, "file": "app/views.py", "line": 23, "column": 16, "callee": "helper", "target": "app.views.helper", "resolved": true}])
    );
    let callees = c
        .tool(29, "get_callees", json!({"function": "app.views.helper"}))
        .unwrap();
    assert_eq!(ids(&callees, "callees", "target"), ["app.util.clean"]);
    let details = c
        .tool(
            30,
            "get_call_details",
            json!({"caller": "Handler.spawn", "callee": "subprocess.call"}),
        )
        .unwrap();
    let call = &details["calls"][0];
    assert_eq!(call["line"], 26);
    assert_eq!(call["arguments"][1]["keyword"], "shell");
    assert_eq!(call["arguments"][1]["text"], "True");
    let imp = c
        .tool(
            31,
            "resolve_import",
            json!({"import_path": "app.util.clean"}),
        )
        .unwrap();
    assert_eq!(imp["file"], "app/util.py");
    assert_eq!(imp["definition"]["line"], 1);
    let ext = c
        .tool(
            32,
            "resolve_import",
            json!({"import_path": "flask.request"}),
        )
        .unwrap();
    assert_eq!(ext["resolved"], false);

    // Go: symbols named by package import path, calls within the package resolved to them.
    let go = c
        .tool(
            42,
            "find_symbol",
            json!({"name": "spawn", "module": "example.com/shop"}),
        )
        .unwrap();
    assert_eq!(
        go["symbols"],
        json!([{"name": "spawn", "fqn": "example.com/shop/svc.Server.spawn", "type": "method", "language": "go", "file": "svc/handler.go", "module": "example.com/shop/svc", "line": 17, "end_line": 20, "class": "example.com/shop/svc.Server"}])
    );
    let pkg = c.tool(43, "find_module", json!({"name": "svc"})).unwrap();
    assert_eq!(pkg["modules"][0]["module"], "example.com/shop/svc");
    assert_eq!(pkg["modules"][0]["language"], "go");
    assert_eq!(pkg["modules"][0]["functions"], 1);
    assert_eq!(pkg["modules"][0]["methods"], 2);
    assert_eq!(pkg["modules"][0]["imports"], 2);
    let go_callers = c
        .tool(44, "get_callers", json!({"function": "Server.spawn"}))
        .unwrap();
    assert_eq!(
        go_callers["callers"],
        json!([{"caller": "example.com/shop/svc.Server.Run", "caller_is_module": false, "file": "svc/handler.go", "line": 14, "column": 2, "callee": "s.spawn", "target": "example.com/shop/svc.Server.spawn", "resolved": true}])
    );
    let go_callees = c
        .tool(
            45,
            "get_callees",
            json!({"function": "example.com/shop/svc.Start"}),
        )
        .unwrap();
    assert_eq!(
        ids(&go_callees, "callees", "target"),
        ["net/http.HandleFunc", "net/http.ListenAndServe"]
    );
    let go_details = c
        .tool(
            46,
            "get_call_details",
            json!({"caller": "Server.spawn", "callee": "exec.Command"}),
        )
        .unwrap();
    let call = &go_details["calls"][0];
    assert_eq!(call["target"], "os/exec.Command");
    assert_eq!(call["line"], 18);
    assert_eq!(call["arguments"][0]["text"], "s.shell");
    assert_eq!(call["resolution"], "resolved outside the project");
    let go_imp = c
        .tool(
            47,
            "resolve_import",
            json!({"import_path": "example.com/shop/svc.Start"}),
        )
        .unwrap();
    assert_eq!(go_imp["file"], "svc/handler.go");
    assert_eq!(go_imp["definition"]["line"], 22);

    // Dockerfiles and compose.
    let from = c
        .tool(
            33,
            "find_dockerfile_instructions",
            json!({"instruction_type": "from", "has_digest": false}),
        )
        .unwrap();
    assert_eq!(from["total"], 2);
    assert_eq!(from["instructions"][0]["stage_name"], "build");
    let user = c
        .tool(
            34,
            "find_dockerfile_instructions",
            json!({"user": "root", "file_path": "Dockerfile"}),
        )
        .unwrap();
    assert_eq!(user["instructions"][0]["line"], 5);
    let port = c
        .tool(35, "find_dockerfile_instructions", json!({"port": 8000}))
        .unwrap();
    assert_eq!(port["instructions"][0]["instruction"], "EXPOSE");
    let details = c
        .tool(
            36,
            "get_dockerfile_details",
            json!({"file_path": "Dockerfile"}),
        )
        .unwrap();
    assert_eq!(details["instructions"].as_array().unwrap().len(), 7);
    assert_eq!(details["multi_stage"], true);
    assert_eq!(details["stages"][1]["copies_from"], json!(["build"]));
    let privileged = c
        .tool(37, "find_compose_services", json!({"privileged": true}))
        .unwrap();
    assert_eq!(ids(&privileged, "services", "name"), ["web"]);
    let sock = c
        .tool(
            38,
            "find_compose_services",
            json!({"volume": "docker.sock"}),
        )
        .unwrap();
    assert_eq!(ids(&sock, "services", "name"), ["db"]);
    let deps = c
        .tool(
            39,
            "get_docker_dependencies",
            json!({"type": "compose", "name": "web"}),
        )
        .unwrap();
    assert_eq!(
        deps["upstream"],
        json!([{"name": "db", "depth": 1, "via": "web"}])
    );
    assert_eq!(deps["downstream"], json!([]));
    let stages = c
        .tool(
            40,
            "get_docker_dependencies",
            json!({"type": "dockerfile", "name": "build", "direction": "downstream"}),
        )
        .unwrap();
    assert_eq!(stages["downstream"][0]["name"], "1");
    let st = c.tool(41, "status", json!({})).unwrap();
    assert_eq!(st["state"], "ready");
    assert_eq!(st["files_total"], 6);

    // Paths outside the project are refused, however they are spelt.
    let outside = root.parent().unwrap().join("secret.py");
    std::fs::write(&outside, "import os\nos.system(input())\n").unwrap();
    for (i, p) in [
        "../secret.py".to_string(),
        outside.display().to_string(),
        "app/../../secret.py".to_string(),
    ]
    .iter()
    .enumerate()
    {
        let e = c
            .tool(50 + i as u64, "scan", json!({"path": p}))
            .unwrap_err();
        assert!(e.contains("outside the project"), "{p}: {e}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, root.join("link.py")).unwrap();
        let e = c.tool(55, "scan", json!({"path": "link.py"})).unwrap_err();
        assert!(e.contains("outside the project"), "{e}");
        let e = c
            .tool(
                56,
                "get_dockerfile_details",
                json!({"file_path": "/etc/passwd"}),
            )
            .unwrap_err();
        assert!(e.contains("outside the project"), "{e}");
        std::fs::remove_file(root.join("link.py")).unwrap();
        // A symlinked directory leading out is neither scanned nor indexed.
        let elsewhere = root.parent().unwrap().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("leak.py"), "import os\nos.system(input())\n").unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("ext")).unwrap();
        let all = c.tool(58, "scan", json!({"path": "."})).unwrap();
        assert!(all.to_string().contains("app/views.py"));
        assert!(!all.to_string().contains("leak.py"), "{all}");
        let mods = c.tool(59, "list_modules", json!({})).unwrap();
        assert_eq!(mods["total"], 4, "{mods}");
        let e = c
            .tool(60, "scan", json!({"path": "ext/leak.py"}))
            .unwrap_err();
        assert!(e.contains("outside the project"), "{e}");
    }
    let e = c
        .tool(
            57,
            "scan",
            json!({"code": "x = 1\n", "language": "python", "path": "../x.py"}),
        )
        .unwrap_err();
    assert!(e.contains("outside the project"), "{e}");
}

#[test]
fn stdio_file_changed_between_calls() {
    let (_dir, root) = fixture();
    let mut c = Stdio_::start(&root, &[]);
    c.initialize();
    let before = c
        .call(1, "get_callees", json!({"function": "helper"}))
        .unwrap();
    assert_eq!(ids(&before, "callees", "target"), ["app.util.clean"]);
    let scan_before = c
        .call(
            2,
            "scan",
            json!({"path": "app/util.py", "rulesets": ["python/all"]}),
        )
        .unwrap();
    assert_eq!(scan_before["results"], json!([]));

    // Edit util.py: a new call in helper's callee and a finding; add a new module.
    std::fs::write(
        root.join("app/util.py"),
        "import os\n\n\ndef clean(value):\n    os.system(value)\n    return value.strip()\n",
    )
    .unwrap();
    std::fs::write(root.join("app/extra.py"), "def more():\n    pass\n").unwrap();
    let after = c
        .call(3, "get_callees", json!({"function": "clean"}))
        .unwrap();
    assert_eq!(
        ids(&after, "callees", "target"),
        ["os.system", "value.strip"]
    );
    assert_eq!(after["callees"][0]["line"], 5);
    let s = c.call(4, "find_symbol", json!({"name": "clean"})).unwrap();
    assert_eq!(s["symbols"][0]["line"], 4);
    let mods = c.call(5, "list_modules", json!({})).unwrap();
    assert_eq!(mods["total"], 5);
    let scan_after = c
        .call(
            6,
            "scan",
            json!({"path": "app/util.py", "rulesets": ["python/all"]}),
        )
        .unwrap();
    assert_eq!(scan_after["results"][0]["location"]["line"], 5);
    assert_eq!(scan_after["results"][0]["location"]["file"], "app/util.py");
    // A deleted file leaves the index.
    std::fs::remove_file(root.join("app/extra.py")).unwrap();
    let mods = c.call(7, "list_modules", json!({})).unwrap();
    assert_eq!(mods["total"], 4);
    let st = c.call(8, "status", json!({})).unwrap();
    assert_eq!(st["files_remodelled"], 3);
    c.finish();
}

#[test]
fn stdio_cancellation_does_not_block_other_calls() {
    let (_dir, root) = fixture();
    // Every scan takes 2 s longer (a hidden test flag), so there is time to cancel one.
    let mut c = Stdio_::start(&root, &["--test-delay-ms", "2000"]);
    c.initialize();
    c.send(&json!({"jsonrpc": "2.0", "id": 100, "method": "tools/call", "params": {"name": "scan", "arguments": {"path": "."}}}));
    c.send(&json!({"jsonrpc": "2.0", "id": 101, "method": "tools/call", "params": {"name": "scan", "arguments": {"path": "Dockerfile"}}}));
    std::thread::sleep(Duration::from_millis(200));
    c.send(&json!({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 100, "reason": "user gave up"}}));
    // Other calls are answered while the scans run.
    let started = Instant::now();
    let pong = c.request(102, "ping", json!({}));
    assert_eq!(pong["result"], json!({}));
    let found = c
        .call(103, "find_symbol", json!({"name": "helper"}))
        .unwrap();
    assert_eq!(found["total"], 1);
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    // The uncancelled scan finishes; the cancelled one is never answered.
    let other = c.wait_for(&json!(101), Duration::from_secs(30)).unwrap();
    assert_eq!(tool_result(&other).unwrap()["scan"]["files_scanned"], 1);
    assert!(c
        .wait_for(&json!(100), Duration::from_millis(1500))
        .is_none());
    c.finish();
}

/// CPU time (user + system) the process has used so far, in clock ticks.
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

/// A project big enough that scanning it takes seconds in a debug build: many files of request data
/// flowing through helpers into shell commands.
#[cfg(target_os = "linux")]
fn big_project(root: &Path, files: usize) {
    std::fs::create_dir_all(root.join("pkg")).unwrap();
    for i in 0..files {
        let mut code = String::from("import os\nfrom flask import request\n\n");
        for j in 0..40 {
            code.push_str(&format!(
                "\ndef run_{j}(x):\n    y = x + \"-\"\n    z = y.strip()\n    os.system(z)\n    return z\n\n\ndef view_{j}():\n    v = request.args.get(\"q{i}\")\n    return run_{j}(v)\n\n"
            ));
        }
        std::fs::write(root.join(format!("pkg/m{i}.py")), code).unwrap();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn stdio_cancelled_scan_stops_using_the_cpu() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("big");
    big_project(&root, 150);
    let mut c = Stdio_::start(&root, &["--timeout-ms", "600000"]);
    let pid = c.child.id();
    c.initialize();
    // The index is built first, so the CPU measured below is the scan's.
    let mut id = 1;
    loop {
        id += 1;
        if c.call(id, "status", json!({})).unwrap()["state"] == "ready" {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(200));
    let idle = cpu_ticks(pid);
    c.send(&json!({"jsonrpc": "2.0", "id": 100, "method": "tools/call", "params": {"name": "scan", "arguments": {"path": "."}}}));
    // Until the scan has used a fifth of a second of CPU (wall time varies with the machine's load).
    let started = Instant::now();
    while cpu_ticks(pid) - idle < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the scan was not running: {} ticks",
            cpu_ticks(pid) - idle
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        c.wait_for(&json!(100), Duration::from_millis(1)).is_none(),
        "the scan finished before it could be cancelled: make the project bigger"
    );
    c.send(&json!({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 100, "reason": "user gave up"}}));
    let started = Instant::now();
    assert_eq!(c.request(101, "ping", json!({}))["result"], json!({}));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The work winds down at its next check; after that the process is idle.
    std::thread::sleep(Duration::from_millis(1000));
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_millis(2000));
    let after = cpu_ticks(pid);
    assert!(
        after - before <= 10,
        "the cancelled scan kept running: {} ticks in 2 s",
        after - before
    );
    assert!(c
        .wait_for(&json!(100), Duration::from_millis(200))
        .is_none());
    // The server still scans.
    let small = c.call(102, "scan", json!({"path": "pkg/m0.py"})).unwrap();
    assert_eq!(small["scan"]["files_scanned"], 1);
    c.finish();
}

#[test]
fn stdio_timeout_is_a_tool_error() {
    let (_dir, root) = fixture();
    let mut c = Stdio_::start(&root, &["--test-delay-ms", "3000", "--timeout-ms", "300"]);
    c.initialize();
    let e = c.call(1, "scan", json!({"path": "."})).unwrap_err();
    assert!(e.contains("longer than 300 ms"), "{e}");
    assert_eq!(c.request(2, "ping", json!({}))["result"], json!({}));
    c.finish();
}

#[test]
fn serve_errors_exit_2() {
    let out = Command::new(BIN)
        .args(["serve", "/no/such/project"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/project"));
    assert!(out.stdout.is_empty());
    let out = Command::new(BIN)
        .args(["serve", "--http", "example.com:80", "."])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

// ---- Streamable HTTP ----

struct Http {
    child: Child,
    addr: String,
    session: Option<String>,
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The JSON-RPC messages of a JSON or SSE (`data:` lines) body.
    fn messages(&self) -> Vec<Value> {
        if self
            .header("content-type")
            .is_some_and(|c| c.starts_with("text/event-stream"))
        {
            self.body
                .lines()
                .filter_map(|l| l.strip_prefix("data:"))
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(|d| serde_json::from_str(d).unwrap())
                .collect()
        } else {
            vec![serde_json::from_str(&self.body).unwrap()]
        }
    }
}

impl Http {
    fn start(root: &Path) -> Http {
        let mut child = Command::new(BIN)
            .args(["serve", "--http", "127.0.0.1:0"])
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().rsplit(' ').next().unwrap().to_string();
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches("/mcp")
            .to_string();
        Http {
            child,
            addr,
            session: None,
        }
    }

    fn raw(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
            req.push_str(&format!("Host: {}\r\n", self.addr));
        }
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        s.write_all(req.as_bytes()).unwrap();
        let _ = s.write_all(body);
        let mut bytes = Vec::new();
        let _ = s.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).to_string();
        let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let chunked = headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
        let body = if chunked {
            dechunk(rest)
        } else {
            rest.to_string()
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    fn post(&mut self, msg: &Value) -> Reply {
        let mut headers = vec![
            ("Content-Type", "application/json"),
            ("Accept", "application/json, text/event-stream"),
            ("MCP-Protocol-Version", "2025-06-18"),
        ];
        let session = self.session.clone();
        if let Some(s) = &session {
            headers.push(("Mcp-Session-Id", s));
        }
        self.raw("POST", "/mcp", &headers, msg.to_string().as_bytes())
    }

    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        let r = self.post(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        assert_eq!(r.status, 200, "{method}: {}", r.body);
        r.messages()
            .into_iter()
            .find(|m| m["id"] == json!(id))
            .unwrap_or_else(|| panic!("no answer to {method}: {}", r.body))
    }
}

impl Drop for Http {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || rest.len() < n {
            out.push_str(rest.get(..n.min(rest.len())).unwrap_or(""));
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

#[test]
fn http_protocol_tools_and_guards() {
    let (_dir, root) = fixture();
    let mut h = Http::start(&root);
    let health = h.raw("GET", "/health", &[], b"");
    assert_eq!(health.status, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&health.body).unwrap()["status"],
        "ok"
    );

    let init = h.post(&json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}));
    assert_eq!(init.status, 200, "{}", init.body);
    h.session = init.header("mcp-session-id").map(str::to_string);
    assert!(h.session.is_some());
    let msg = init.messages().into_iter().find(|m| m["id"] == 1).unwrap();
    assert_eq!(msg["result"]["serverInfo"]["name"], "pathfinder");
    let ack = h.post(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
    assert_eq!(ack.status, 202, "{}", ack.body);

    let list = h.request(2, "tools/list", json!({}));
    assert_eq!(
        list["result"]["tools"].as_array().unwrap().len(),
        TOOLS.len()
    );
    // Every tool, with the same checks as over stdio.
    every_tool(&mut h, &root);

    // Malformed JSON: -32700, and the session keeps working.
    let session = h.session.clone().unwrap();
    let bad = h.raw(
        "POST",
        "/mcp",
        &[
            ("Content-Type", "application/json"),
            ("Accept", "application/json, text/event-stream"),
            ("Mcp-Session-Id", &session),
        ],
        b"{\"jsonrpc\": ",
    );
    assert_eq!(bad.status, 400);
    assert_eq!(bad.messages()[0]["error"]["code"], -32700);
    assert_eq!(h.request(7, "ping", json!({}))["result"], json!({}));

    // DNS rebinding and foreign pages are refused; bodies are bounded.
    let ping = json!({"jsonrpc": "2.0", "id": 8, "method": "ping"}).to_string();
    let foreign_host = h.raw(
        "POST",
        "/mcp",
        &[
            ("Host", "evil.example"),
            ("Content-Type", "application/json"),
        ],
        ping.as_bytes(),
    );
    assert_eq!(foreign_host.status, 403);
    let foreign_origin = h.raw(
        "POST",
        "/mcp",
        &[
            ("Origin", "https://evil.example"),
            ("Content-Type", "application/json"),
        ],
        ping.as_bytes(),
    );
    assert_eq!(foreign_origin.status, 403);
    let huge = vec![b' '; 5 * 1024 * 1024];
    let too_big = h.raw(
        "POST",
        "/mcp",
        &[("Content-Type", "application/json")],
        &huge,
    );
    assert_eq!(too_big.status, 413);
    assert_eq!(h.request(9, "ping", json!({}))["result"], json!({}));
}

#[test]
fn stdio_negotiates_older_protocol_versions() {
    let (_dir, root) = fixture();
    for version in ["2024-11-05", "2025-03-26"] {
        let mut c = Stdio_::start(&root, &[]);
        let r = c.request(
            1,
            "initialize",
            json!({"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": "old", "version": "0"}}),
        );
        assert_eq!(r["result"]["protocolVersion"], version);
        c.send(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
        let st = c.request(2, "tools/call", json!({"name": "status", "arguments": {}}));
        assert!(tool_result(&st).unwrap()["state"].is_string());
        c.finish();
    }
}
