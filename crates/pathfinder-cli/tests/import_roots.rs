//! Cross-file flows through imports do not depend on where the scan starts: scanning a repository and
//! scanning one of its app directories report the same findings for that directory.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// (file relative to the scan root, line, rule, sink file, sink line) of every taint finding.
fn findings(root: &Path) -> Vec<(String, u64, String, String, u64)> {
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args(["scan", "--no-config", "--no-progress", "-o", "json", "-p"])
        .arg(root)
        .output()
        .expect("binary runs");
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let mut found: Vec<_> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["detection"]["type"] == "taint-global")
        .map(|r| {
            let sink = &r["detection"]["sink"];
            (
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
                r["rule_id"].as_str().unwrap().to_string(),
                sink["file"].as_str().unwrap().to_string(),
                sink["line"].as_u64().unwrap(),
            )
        })
        .collect();
    found.sort();
    found
}

const LOOKUP: &str = "import subprocess\n\n\ndef lookup(host):\n    return subprocess.check_output(\"nslookup \" + host, shell=True)\n";

fn handler(import: &str, call: &str) -> String {
    format!(
        "from flask import Flask, request\n\n{import}\n\napp = Flask(__name__)\n\n\n@app.route(\"/run\")\ndef run():\n    value = request.args.get(\"value\", \"\")\n    return str({call}(value))\n"
    )
}

/// A repository with three apps: a script importing a sibling module, a `src/` layout package, and a
/// directory without `__init__.py` imported as a namespace package.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "services/web/app.py",
        &handler("import libuser", "libuser.lookup"),
    );
    write(root, "services/web/libuser.py", LOOKUP);
    write(root, "proj/src/webapp/__init__.py", "");
    write(
        root,
        "proj/src/webapp/app.py",
        &handler("from webapp.libuser import lookup", "lookup"),
    );
    write(root, "proj/src/webapp/libuser.py", LOOKUP);
    write(
        root,
        "tool/app.py",
        &handler("from helpers.libuser import lookup", "lookup"),
    );
    write(root, "tool/helpers/libuser.py", LOOKUP);
    // A module of the same name elsewhere that is not the one the scripts import: it must not be used.
    write(root, "libuser.py", "def lookup(host):\n    return host\n");
    dir
}

#[test]
fn repository_and_app_directory_scans_agree() {
    let repo = repository();
    let whole = findings(repo.path());
    for app in ["services/web", "services", "proj", "proj/src", "tool"] {
        let prefix = format!("{app}/");
        let expected: Vec<_> = whole
            .iter()
            .filter(|f| f.0.starts_with(&prefix))
            .map(|(file, line, rule, sink, sink_line)| {
                (
                    file[prefix.len()..].to_string(),
                    *line,
                    rule.clone(),
                    sink[prefix.len()..].to_string(),
                    *sink_line,
                )
            })
            .collect();
        assert!(!expected.is_empty(), "no finding under {app}: {whole:?}");
        assert_eq!(findings(&repo.path().join(app)), expected, "scanning {app}");
    }
    // Each app's flow goes into its own libuser.py, line 5.
    let sinks: Vec<(&str, u64)> = whole.iter().map(|f| (f.3.as_str(), f.4)).collect();
    for sink in [
        "services/web/libuser.py",
        "proj/src/webapp/libuser.py",
        "tool/helpers/libuser.py",
    ] {
        assert!(sinks.contains(&(sink, 5)), "{sink} missing in {whole:?}");
    }
}
