//! One rule query for every entry point: the same `--ruleset`/`--rules` give the same rules through
//! `scan`, `rules list`, `registry build`, the playground and the MCP `scan` tool.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_pathfinder");

const TEAM_RULE: &str = "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"TEAM-007\", name=\"No eval\", severity=\"HIGH\", message=\"eval\")\ndef r():\n    return calls(\"eval\")\n";

/// A project with Python and a Dockerfile, and a team rule in `rules/python/team/TEAM-007/`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("app.py"),
        "import os\nos.system(input())\neval(input())\n",
    )
    .unwrap();
    std::fs::write(
        p.join("Dockerfile"),
        "FROM python:latest\nRUN apt-get update\n",
    )
    .unwrap();
    let rule = p.join("rules/python/team/TEAM-007");
    std::fs::create_dir_all(&rule).unwrap();
    std::fs::write(rule.join("rule.py"), TEAM_RULE).unwrap();
    std::fs::write(
        rule.join("meta.yaml"),
        "id: TEAM-007\nruleset: python/team/TEAM-007\n",
    )
    .unwrap();
    dir
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().unwrap()
}

/// The rule ids a `scan` ran: SARIF lists every rule of the run.
fn scan_rules(project: &Path, flags: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["scan", "-p", project.to_str().unwrap(), "-o", "sarif"];
    args.extend(flags);
    let out = run(&args);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

fn listed_rules(flags: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["rules", "list", "--format", "json"];
    args.extend(flags);
    let out = run(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// The rule pages `registry build` writes (`<language>/<bundle>/<ID>.html`), by id.
fn site_rules(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "html") {
                let stem = path.file_stem().unwrap().to_string_lossy().to_string();
                if stem.contains('-') && stem.chars().any(|c| c.is_ascii_digit()) {
                    out.insert(stem);
                }
            }
        }
    }
    out
}

/// The MCP `scan` tool's report for the whole project.
fn mcp_scan(project: &Path, args: Value) -> Value {
    let mut child = Command::new(BIN)
        .arg("serve")
        .arg(project)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut send = |v: Value| {
        stdin.write_all(format!("{v}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    };
    send(
        json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}),
    );
    send(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
    send(
        json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "scan", "arguments": args}}),
    );
    let answer = loop {
        let line = lines.next().expect("serve closed stdout").unwrap();
        let v: Value = serde_json::from_str(&line).unwrap();
        if v["id"] == 1 {
            break v;
        }
    };
    // Closing stdin ends the server (the closure borrowing it is no longer used).
    drop(stdin);
    let _ = child.wait();
    answer["result"]["structuredContent"].clone()
}

/// Rule pages the playground serves for `flags`: for each id, whether its page answers 200.
fn playground_pages(flags: &[&str], pages: &[&str]) -> Vec<bool> {
    let mut child = Command::new(BIN)
        .args(["playground", "--port", "0"])
        .args(flags)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_string();
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let found = pages
        .iter()
        .map(|page| {
            let mut s = std::net::TcpStream::connect(addr).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            write!(
                s,
                "GET /{page} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            )
            .unwrap();
            let mut reply = String::new();
            let _ = s.read_to_string(&mut reply);
            reply.starts_with("HTTP/1.1 200")
        })
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    found
}

#[test]
fn rulesets_and_rule_paths_choose_the_same_rules_everywhere() {
    let dir = project();
    let rules_dir = dir.path().join("rules");
    let rules = rules_dir.to_str().unwrap();
    let flags = ["--ruleset", "docker/security", "--rules", rules];

    let scanned = scan_rules(dir.path(), &flags);
    assert!(scanned.contains("TEAM-007"), "{scanned:?}");
    assert!(scanned.iter().any(|id| id.starts_with("DOCKER-")));
    // `--rules` selects its rules and turns the default off: no Python built-in rule runs.
    assert!(!scanned.iter().any(|id| id.starts_with("PYTHON-")));
    assert_eq!(listed_rules(&flags), scanned);

    let out_dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "registry",
        "build",
        "--out",
        out_dir.path().to_str().unwrap(),
        "--ruleset",
        "docker/security",
        "--rules",
        rules,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(site_rules(out_dir.path()), scanned);

    let served = playground_pages(
        &flags,
        &[
            "python/team/TEAM-007.html",
            "python/lang/PYTHON-LANG-SEC-070.html",
        ],
    );
    assert_eq!(served, [true, false]);

    let doc = mcp_scan(
        dir.path(),
        json!({"rulesets": ["docker/security"], "rules": ["rules"]}),
    );
    assert_eq!(doc["scan"]["rules_executed"], json!(scanned.len()), "{doc}");
    let found: BTreeSet<&str> = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule_id"].as_str().unwrap())
        .collect();
    assert!(found.contains("TEAM-007"), "{doc}");
    assert!(found.iter().all(|id| scanned.contains(*id)), "{doc}");
}

#[test]
fn the_default_is_the_same_in_scan_and_the_mcp_server() {
    let dir = project();
    let scanned = scan_rules(dir.path(), &[]);
    // The default profile for the languages present: Python and Dockerfile vulnerability rules only.
    assert!(scanned.iter().any(|id| id.starts_with("PYTHON-")));
    assert!(scanned.iter().any(|id| id.starts_with("DOCKER-")));
    assert!(!scanned.iter().any(|id| id.starts_with("COMPOSE-")));
    assert!(!scanned.contains("TEAM-007"));
    let vulnerability = listed_rules(&[
        "--ruleset",
        "python/vulnerability",
        "--ruleset",
        "docker/vulnerability",
    ]);
    assert_eq!(scanned, vulnerability);
    let doc = mcp_scan(dir.path(), json!({}));
    assert_eq!(doc["scan"]["rules_executed"], json!(scanned.len()), "{doc}");
}
