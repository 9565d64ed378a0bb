//! The playground API over real HTTP on 127.0.0.1 (an ephemeral port): the success shape and every error path.

mod common;

use common::{analyze, catalog, get, post, raw, Server};
use pathfinder_registry::server::router;
use pathfinder_registry::Limits;
use serde_json::{json, Value};
use std::time::Duration;

/// The router served by `axum::serve`, built before the address is handed out, so request timings do not
/// include building the site.
fn start(limits: Limits) -> Server {
    let app = router(common::config(limits));
    common::spawn(move |listener, stop| async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(stop)
            .await
            .unwrap();
    })
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
