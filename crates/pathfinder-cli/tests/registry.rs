//! `pathfinder registry build` and `pathfinder playground`, driving the real binary.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pathfinder"))
}

#[test]
fn registry_build_writes_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["registry", "build", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("rules,") && stderr.contains("written to"),
        "{stderr}"
    );
    for f in [
        "index.html",
        "index.md",
        "rules.json",
        "assets/rule.js",
        "python/lang/PYTHON-LANG-SEC-070.html",
        "python/lang/PYTHON-LANG-SEC-070.md",
    ] {
        assert!(dir.path().join(f).is_file(), "{f} missing");
    }
    let page =
        std::fs::read_to_string(dir.path().join("python/lang/PYTHON-LANG-SEC-070.html")).unwrap();
    assert!(page.contains("Socket Bind to All Interfaces"));
}

#[test]
fn registry_build_with_only_user_rules() {
    let rules = tempfile::tempdir().unwrap();
    let rule_dir = rules.path().join("python/team/TEAM-002");
    std::fs::create_dir_all(&rule_dir).unwrap();
    std::fs::write(
        rule_dir.join("rule.py"),
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"TEAM-002\", name=\"No eval\", severity=\"HIGH\", message=\"eval\")\ndef r():\n    return calls(\"eval\")\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("meta.yaml"),
        "id: TEAM-002\nruleset: python/team/TEAM-002\n",
    )
    .unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["registry", "build", "--no-builtin", "--out"])
        .arg(out_dir.path())
        .arg("--rules")
        .arg(rules.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out_dir.path().join("python/team/TEAM-002.html").is_file());
    assert!(!out_dir.path().join("python/lang").exists());

    // --no-builtin without --rules is a usage error.
    let out = bin()
        .args(["registry", "build", "--no-builtin", "--out"])
        .arg(out_dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn playground_serves_on_loopback_and_prints_its_address() {
    let mut child = bin()
        .args(["playground", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    let _ = child.kill();
    let mut stderr = String::new();
    let _ = child.stderr.take().unwrap().read_to_string(&mut stderr);
    let _ = child.wait();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"status\":\"ok\""), "{reply}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn a_non_loopback_host_prints_a_warning() {
    // A documentation address (TEST-NET-1) is not on this machine, so nothing is ever exposed: the warning
    // comes first, then the bind fails.
    let out = bin()
        .args(["playground", "--host", "192.0.2.1", "--port", "0"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: listening on 192.0.2.1"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(2), "{stderr}");

    let out = bin()
        .args(["playground", "--host", "not-an-ip"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
