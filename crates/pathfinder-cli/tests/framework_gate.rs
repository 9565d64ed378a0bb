//! Framework rules fire only on code of their framework, end to end through the real binary: a helper
//! module without framework imports is checked when its project uses the framework, and not when it
//! belongs to another project scanned alongside (a directory whose first directories hold packages).

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// `(path, line)` of each finding of the path-traversal rule for FastAPI, aiohttp and Tornado.
fn findings(dir: &Path) -> Vec<(String, u64)> {
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args([
            "scan",
            "--no-config",
            "--no-progress",
            "-o",
            "json",
            "--ruleset",
            "python/PYTHON-WEB-SEC-004",
            "--project",
        ])
        .arg(dir)
        .output()
        .expect("binary runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let mut hits: Vec<(String, u64)> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    hits.sort();
    hits
}

/// A transport adapter of an HTTP client: `request` is the outgoing request it was handed, no framework's.
const ADAPTER: &str = "\
def send(request):
    with open(request.url[len(\"file://\"):], \"rb\") as fh:
        return fh.read()
";

const APP: &str = "\
from fastapi import FastAPI

app = FastAPI()
";

#[test]
fn a_helper_module_is_checked_when_its_project_uses_the_framework() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.py", APP);
    write(dir.path(), "lib/adapter.py", ADAPTER);
    assert_eq!(
        findings(dir.path()),
        vec![("lib/adapter.py".to_string(), 2)]
    );
}

#[test]
fn projects_side_by_side_keep_their_frameworks_to_themselves() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing at the root, and each first directory holds a package of its own: two projects.
    write(dir.path(), "service-1.0/service/__init__.py", "");
    write(dir.path(), "service-1.0/service/main.py", APP);
    write(dir.path(), "service-1.0/service/files.py", ADAPTER);
    write(dir.path(), "httpclient-2.0/httpclient/__init__.py", "");
    write(dir.path(), "httpclient-2.0/httpclient/adapters.py", ADAPTER);
    assert_eq!(
        findings(dir.path()),
        vec![("service-1.0/service/files.py".to_string(), 2)]
    );
}

#[test]
fn directories_without_packages_of_their_own_are_one_project() {
    let dir = tempfile::tempdir().unwrap();
    // No file at the root, but no first directory holds a package: the app's helper modules.
    write(dir.path(), "api/main.py", APP);
    write(dir.path(), "storage/files.py", ADAPTER);
    assert_eq!(
        findings(dir.path()),
        vec![("storage/files.py".to_string(), 2)]
    );
}
