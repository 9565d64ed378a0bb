//! The playground under hostile requests (issue 15), over real HTTP on loopback through `serve`: deep
//! and amplifying code, bad rules, abandoned analyses, idle and half-open connections.

use pathfinder_registry::{serve, Limits, PlaygroundConfig};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

fn catalog() -> Vec<Arc<pathfinder_rules::Rule>> {
    static RULES: OnceLock<Vec<Arc<pathfinder_rules::Rule>>> = OnceLock::new();
    RULES
        .get_or_init(|| pathfinder_rules::catalog::builtin_rules().unwrap())
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
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            serve(listener, config, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    Server {
        addr: addr_rx.recv_timeout(Duration::from_secs(60)).unwrap(),
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

struct Reply {
    status: u16,
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

/// One request per connection (`Connection: close`), the answer read until the server closes.
fn analyze(addr: SocketAddr, body: &Value) -> Reply {
    let body = body.to_string();
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let head = format!(
        "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        addr.port(),
        body.len()
    );
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body.as_bytes());
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {:?}", &text[..text.len().min(300)]));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Reply { status, body }
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

fn python(code: &str) -> Value {
    json!({"language": "python", "code": code})
}

const GOOD: &str = "import os\nos.system(input())\n";

#[test]
fn deep_code_is_analysed_around_the_deep_statement() {
    let srv = start(Limits::default());
    for deep in [
        "[".repeat(40_000) + &"]".repeat(40_000),
        "1+".repeat(35_000) + "1",
        "a".to_string() + &".b".repeat(35_000),
    ] {
        let r = analyze(srv.addr, &python(&format!("{GOOD}x = {deep}\n{GOOD}")));
        assert_eq!(r.status, 200, "{}", &r.body[..r.body.len().min(500)]);
        let v = r.json();
        let lines: Vec<u64> = v["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule_id"] == "PYTHON-LANG-SEC-010")
            .map(|f| f["location"]["line"].as_u64().unwrap())
            .collect();
        assert_eq!(lines, vec![2, 5]);
        assert!(
            v["errors"]
                .to_string()
                .contains("nests deeper than 1000 levels"),
            "{}",
            v["errors"]
        );
    }
}

#[test]
fn a_response_cannot_be_amplified_beyond_the_caps() {
    // Time enough for a debug build on a busy machine: this test is about the size of the answer.
    let srv = start(Limits {
        analysis_timeout: Duration::from_secs(120),
        ..Limits::default()
    });
    // 100 KB of calls on one line.
    let code = format!("import os\n{}\n", "os.system(x);".repeat(7_700));
    let r = analyze(srv.addr, &python(&code));
    assert_eq!(r.status, 200);
    assert!(r.body.len() < 1_000_000, "{} bytes", r.body.len());
    assert!(r.json()["errors"]
        .to_string()
        .contains("more findings on this line not reported"));
}

fn rule(body: &str) -> String {
    format!(
        "from codepathfinder import calls, regex\nfrom codepathfinder.python_decorators import python_rule\n\n\n@python_rule(id=\"T-1\", name=\"n\", severity=\"HIGH\", category=\"x\", cwe=\"CWE-78\", owasp=\"A03:2021\", message=\"m\")\ndef t():\n    return {body}\n"
    )
}

#[test]
fn a_huge_glob_runs_and_a_bad_regex_is_422() {
    let srv = start(Limits::default());
    let glob = format!("os.*{}", "?".repeat(30_000));
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": GOOD, "rule": rule(&format!("calls(\"{glob}\", \"os.sys*\")"))}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["results"].as_array().unwrap().len(), 1);

    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": GOOD, "rule": rule("calls(\"os.system\", match_position={0: regex(\"(?<=a)b\")})")}),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_kind(), "rule");
    assert!(r.body.contains("invalid regex"), "{}", r.body);
}

#[test]
fn duplicate_rule_ids_in_an_edited_rule_are_422() {
    let srv = start(Limits::default());
    let one = rule("calls(\"os.system\")");
    let two = one.replace("def t()", "def u()");
    let r = analyze(
        srv.addr,
        &json!({"language": "python", "code": GOOD, "rule": format!("{one}\n\n{two}")}),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("duplicate rule id T-1"), "{}", r.body);
}

#[test]
fn a_timed_out_analysis_gives_its_slot_back_at_once() {
    let srv = start(Limits {
        max_body: 4 * 1024 * 1024,
        analysis_timeout: Duration::from_millis(300),
        max_concurrent: 1,
        queue_wait: Duration::from_secs(3),
        ..Limits::default()
    });
    // About 2 MB of 300-link call chains: far longer than the timeout, and than the queue wait.
    let line = format!("x = a{}\n", ".b()".repeat(300));
    let heavy = python(&line.repeat(1_600));
    let r = analyze(srv.addr, &heavy);
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.error_kind(), "timeout");
    // The only slot is free again: a normal request is served, not turned away as busy.
    let started = Instant::now();
    let r = analyze(srv.addr, &python(GOOD));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn idle_and_half_open_connections_are_closed_and_capped() {
    let srv = start(Limits {
        header_read_timeout: Duration::from_millis(500),
        max_connections: 8,
        ..Limits::default()
    });
    // Half a request head, then silence: the server hangs up after the header timeout.
    let mut half = TcpStream::connect(srv.addr).unwrap();
    half.write_all(b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap();
    half.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    let _ = half.read_to_end(&mut buf);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );

    // Many more idle connections than the cap: a normal request still gets through promptly.
    let idle: Vec<TcpStream> = (0..64)
        .map(|_| TcpStream::connect(srv.addr).unwrap())
        .collect();
    let started = Instant::now();
    let r = analyze(srv.addr, &python(GOOD));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    drop(idle);
}
