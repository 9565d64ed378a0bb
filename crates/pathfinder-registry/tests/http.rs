//! The playground API over real HTTP on 127.0.0.1 (an ephemeral port): the success shape and every error path.

use pathfinder_registry::server::router;
use pathfinder_registry::{Limits, PlaygroundConfig};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

fn catalog() -> Vec<Arc<pathfinder_rules::Rule>> {
    static RULES: OnceLock<Vec<Arc<pathfinder_rules::Rule>>> = OnceLock::new();
    RULES
        .get_or_init(|| pathfinder_rules::catalog::builtin_rules().expect("catalog loads"))
        .clone()
}

struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn start(limits: Limits) -> Server {
    let config = PlaygroundConfig {
        rules: catalog(),
        limits,
        version: "test".into(),
        timestamp: || "2026-01-01T00:00:00Z".into(),
        loopback_only: true,
    };
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        // Built before the address is handed out, so request timings do not include building the site.
        let app = router(config);
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap();
        });
    });
    Server {
        addr: addr_rx.recv_timeout(Duration::from_secs(30)).unwrap(),
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn error_kind(&self) -> String {
        self.json()["error"]["kind"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }
}

/// A minimal HTTP/1.1 client: one request per connection, the whole answer read until close.
fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    // The server may answer (413) before it has read everything; a failed write is fine then.
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Reply {
        status,
        head: head.to_string(),
        body,
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

fn post(addr: SocketAddr, content_type: &str, body: &[u8]) -> Reply {
    let mut req = format!(
        "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        addr.port(),
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    raw(addr, &req)
}

fn analyze(addr: SocketAddr, body: &Value) -> Reply {
    post(addr, "application/json", body.to_string().as_bytes())
}

fn get(addr: SocketAddr, path: &str) -> Reply {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

const BIND: &str =
    "import socket\n\nHOST = \"0.0.0.0\"\ns = socket.socket()\ns.bind((HOST, 8080))\n";

#[test]
fn success_has_the_scan_json_shape() {
    let srv = start(Limits::default());
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": BIND, "rule": "PYTHON-LANG-SEC-070"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r
        .head
        .to_ascii_lowercase()
        .contains("content-type: application/json"));
    let doc = r.json();
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["tool", "scan", "results", "summary", "errors"]);
    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{doc:#}");
    assert_eq!(results[0]["rule_id"], "PYTHON-LANG-SEC-070");
    assert_eq!(results[0]["location"]["file"], "example.py");
    assert_eq!(results[0]["location"]["line"], 5);

    // Exactly what `scan -o json` renders for the same file and rule.
    let rules: Vec<_> = catalog()
        .into_iter()
        .filter(|r| r.id == "PYTHON-LANG-SEC-070")
        .collect();
    let compiled = pathfinder_engine::compile(&rules);
    let (out, _) = pathfinder_engine::scan_source("example.py", BIND, &compiled);
    let report = pathfinder_findings::ScanReport {
        rules: rules.iter().map(|r| r.info()).collect(),
        findings: out.findings,
        ..Default::default()
    };
    let expected: Value = serde_json::from_str(&pathfinder_findings::report::render(
        pathfinder_findings::report::Format::Json,
        &report,
        &Default::default(),
    ))
    .unwrap();
    assert_eq!(doc["results"], expected["results"]);
}

#[test]
fn edited_rule_text_runs_and_no_rule_runs_the_catalog() {
    let srv = start(Limits::default());
    let rule = r#"
from codepathfinder import calls
from codepathfinder.python_decorators import python_rule

@python_rule(id="MY-001", name="Loopback bind", severity="LOW", cwe="CWE-668", message="bound to loopback")
def loopback():
    return calls("*.bind", match_position={"0[0]": "127.0.0.1"})
"#;
    let code = "import socket\ns = socket.socket()\ns.bind((\"127.0.0.1\", 1))\n";
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": code, "rule": rule, "filename": "svc.py"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let doc = r.json();
    assert_eq!(doc["results"][0]["rule_id"], "MY-001");
    assert_eq!(doc["results"][0]["location"]["file"], "svc.py");
    assert_eq!(doc["results"][0]["location"]["line"], 3);

    let r = analyze(srv.addr, &json!({"language": "python", "code": BIND}));
    assert_eq!(r.status, 200, "{}", r.body);
    let doc = r.json();
    assert!(doc["scan"]["rules_executed"].as_u64().unwrap() > 100);
    assert!(doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule_id"] == "PYTHON-LANG-SEC-070"));
}

#[test]
fn a_bad_rule_is_422_with_line_and_column() {
    let srv = start(Limits::default());
    let rule = "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"X-1\", name=\"x\", severity=\"HIGH\", message=\"m\")\ndef r():\n    return calls(\"eval\") +* 2\n";
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": "eval(1)", "rule": rule}),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "rule");
    assert_eq!(e["line"], 6, "{e}");
    assert!(e["column"].as_u64().unwrap() >= 1, "{e}");

    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": "eval(1)", "rule": "import os\nos.system('x')\n"}),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_kind(), "rule");
}

#[test]
fn an_unknown_rule_id_is_404() {
    let srv = start(Limits::default());
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": "x = 1", "rule": "PYTHON-NOPE-999"}),
    );
    assert_eq!(r.status, 404, "{}", r.body);
    assert_eq!(r.error_kind(), "unknown_rule");
    assert!(r.body.contains("PYTHON-NOPE-999"));
}

#[test]
fn bad_json_is_400() {
    let srv = start(Limits::default());
    for body in [
        &b"{not json"[..],
        b"{\"code\": \"x\"}",
        b"[1, 2]",
        b"",
        b"{\"language\": \"python\", \"code\": 5}",
    ] {
        let r = post(srv.addr, "application/json", body);
        assert_eq!(
            r.status,
            400,
            "{:?}: {}",
            String::from_utf8_lossy(body),
            r.body
        );
        assert_eq!(r.error_kind(), "bad_json");
    }
    let r = post(srv.addr, "text/plain", b"{}");
    assert_eq!(r.status, 415, "{}", r.body);
}

#[test]
fn languages_are_checked() {
    let srv = start(Limits::default());
    let r = analyze(srv.addr, &json!({"language": "cobol", "code": "x"}));
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.error_kind(), "unknown_language");
    assert!(r.body.contains("python"), "{}", r.body);
    // Go has its own front end too.
    let r = analyze(
        srv.addr,
        &json!({"language": "go", "code": "package main\n\nimport \"crypto/md5\"\n\nvar h = md5.New()\n"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("GO-CRYPTO-001"), "{}", r.body);
    // Dockerfile and compose files go through their own front ends.
    let r = analyze(
        srv.addr,
        &json!({"language": "docker", "code": "FROM ubuntu:latest\nUSER root\n"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let doc = r.json();
    assert!(!doc["results"].as_array().unwrap().is_empty(), "{doc:#}");
    assert_eq!(doc["results"][0]["location"]["file"], "Dockerfile");
    let r = analyze(
        srv.addr,
        &json!({"language": "docker-compose", "code": "services:\n  web:\n    image: nginx\n    privileged: true\n"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("docker-compose.yml"), "{}", r.body);
}

#[test]
fn an_oversized_body_is_413() {
    let srv = start(Limits::default());
    let code = "x = 1\n".repeat(50_000);
    let r = analyze(srv.addr, &json!({"language": "python", "code": code}));
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.error_kind(), "too_large");

    // Without a Content-Length (chunked), the limit still holds while reading.
    let chunk = vec![b' '; 64 * 1024];
    let mut req = b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
    for _ in 0..5 {
        req.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        req.extend_from_slice(&chunk);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    let r = raw(srv.addr, &req);
    assert_eq!(r.status, 413, "{}", r.body);
}

#[test]
fn a_slow_analysis_is_503_timeout() {
    let srv = start(Limits {
        analysis_timeout: Duration::from_millis(200),
        test_delay: Duration::from_millis(3000),
        ..Limits::default()
    });
    let started = std::time::Instant::now();
    let r = analyze(srv.addr, &json!({"language": "python", "code": BIND}));
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.error_kind(), "timeout");
    assert!(
        started.elapsed() < Duration::from_millis(1400),
        "answered only after the analysis ended"
    );
}

#[test]
fn too_many_concurrent_analyses_is_503_busy() {
    let srv = start(Limits {
        max_concurrent: 1,
        queue_wait: Duration::from_millis(50),
        test_delay: Duration::from_millis(3000),
        ..Limits::default()
    });
    let addr = srv.addr;
    let first =
        std::thread::spawn(move || analyze(addr, &json!({"language": "python", "code": BIND})));
    std::thread::sleep(Duration::from_millis(800));
    let r = analyze(addr, &json!({"language": "python", "code": BIND}));
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.error_kind(), "busy");
    assert!(
        r.head.to_ascii_lowercase().contains("retry-after: 1"),
        "{}",
        r.head
    );
    assert_eq!(first.join().unwrap().status, 200);
}

#[test]
fn requests_for_another_host_are_refused() {
    let srv = start(Limits::default());
    let body = json!({"language": "python", "code": "x"}).to_string();
    let req = format!(
        "POST /api/analyze HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let r = raw(srv.addr, req.as_bytes());
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(r.error_kind(), "host");
    // Pages and health too, as the README says.
    for path in ["/", "/api/health", "/index.html"] {
        let req = format!(
            "GET {path} HTTP/1.1\r\nHost: attacker.example:7878\r\nConnection: close\r\n\r\n"
        );
        let r = raw(srv.addr, req.as_bytes());
        assert_eq!(r.status, 403, "{path}: {}", r.body);
    }
}

#[test]
fn the_site_and_health_are_served() {
    let srv = start(Limits::default());
    let r = get(srv.addr, "/");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Rule registry"));
    assert!(r
        .head
        .to_ascii_lowercase()
        .contains("content-security-policy"));
    // The SARIF helpUri form (no extension) and the file form both work.
    for path in [
        "/python/lang/PYTHON-LANG-SEC-070",
        "/python/lang/PYTHON-LANG-SEC-070.html",
    ] {
        let r = get(srv.addr, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.body.contains("Socket Bind to All Interfaces"));
    }
    let r = get(srv.addr, "/python/lang/PYTHON-LANG-SEC-070.md");
    assert_eq!(r.status, 200);
    assert!(r.head.contains("text/markdown"));
    let r = get(srv.addr, "/assets/rule.js");
    assert_eq!(r.status, 200);
    assert!(r.head.contains("text/javascript"));
    assert_eq!(get(srv.addr, "/nope/../../etc/passwd").status, 404);
    assert_eq!(get(srv.addr, "/no-such-page").status, 404);
    let r = raw(
        srv.addr,
        b"DELETE /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(r.status, 405);
    let r = get(srv.addr, "/api/analyze");
    assert_eq!(r.status, 405);

    let h = get(srv.addr, "/api/health").json();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["languages"][0]["id"], "python");
    assert_eq!(h["languages"][0]["analysis"], true);
    assert_eq!(h["limits"]["max_body_bytes"], 256 * 1024);
}
