//! `-o gitlab` and `-o junit` through the real binary, on a real project.

use std::fs;
use std::process::{Command, Output};

const VULNERABLE: &str = "import socket\n\ns = socket.socket()\ns.bind((\"0.0.0.0\", 8080))\n";

fn scan(dir: &std::path::Path, format: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args([
            "scan",
            "--no-progress",
            "--ruleset",
            "python/PYTHON-LANG-SEC-070",
        ])
        .args(["-o", format, "-p"])
        .arg(dir)
        .output()
        .expect("binary runs")
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("app")).unwrap();
    fs::write(dir.path().join("app/server.py"), VULNERABLE).unwrap();
    dir
}

#[test]
fn gitlab_code_quality_from_a_scan() {
    let dir = project();
    let out = scan(dir.path(), "gitlab");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let issues = v.as_array().unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0]["check_name"], "PYTHON-LANG-SEC-070");
    assert_eq!(issues[0]["severity"], "major");
    assert_eq!(
        issues[0]["location"],
        serde_json::json!({"path": "app/server.py", "lines": {"begin": 4, "end": 4}})
    );
    assert_eq!(issues[0]["fingerprint"].as_str().unwrap().len(), 32);
}

#[test]
fn junit_from_a_scan_and_from_configuration() {
    let dir = project();
    let out = scan(dir.path(), "JUnit");
    assert_eq!(out.status.code(), Some(0));
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "),
        "{xml}"
    );
    assert!(
        xml.contains(
            r#"<testsuite name="PYTHON-LANG-SEC-070" tests="1" failures="1" errors="0" skipped="0""#
        ),
        "{xml}"
    );
    assert!(xml.contains(r#"file="app/server.py" line="4""#), "{xml}");

    // The format may come from pathfinder.toml too.
    fs::write(dir.path().join("pathfinder.toml"), "output = \"junit\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args([
            "scan",
            "--no-progress",
            "--ruleset",
            "python/PYTHON-LANG-SEC-070",
            "-p",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("<testsuites "));
}

#[test]
fn unknown_format_lists_the_new_ones() {
    let dir = project();
    let out = scan(dir.path(), "xml");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("text, json, sarif, csv, gitlab, junit"),
        "{err}"
    );
}
