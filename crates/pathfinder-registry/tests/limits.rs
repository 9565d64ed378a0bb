//! The playground under hostile requests (issue 15), over real HTTP on loopback through `serve`: deep
//! and amplifying code, bad rules, abandoned analyses, idle and half-open connections.

mod common;

use common::{analyze, Server};
use pathfinder_registry::{serve, Limits};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The playground's own accept loop (`serve`), with its connection limits.
fn start(limits: Limits) -> Server {
    let config = common::config(limits);
    common::spawn(move |listener, stop| async move {
        serve(listener, config, stop).await.unwrap();
    })
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
