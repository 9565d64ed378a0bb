//! Drives the real `pathfinder` binary end to end.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pathfinder"));
    c.env("NO_COLOR", "1");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

const VULNERABLE: &str = "import socket\n\nHOST = \"0.0.0.0\"\n\ns = socket.socket()\ns.bind((HOST, 8080))\n\n\ndef serve():\n    srv = socket.socket(socket.AF_INET6)\n    srv.bind((\"::\", 9000))\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "app/server.py", VULNERABLE);
    write(
        dir.path(),
        "app/safe.py",
        "import socket\ns = socket.socket()\ns.bind((\"127.0.0.1\", 1))\n",
    );
    dir
}

fn json_scan(dir: &Path, extra: &[&str]) -> (Output, Value) {
    let mut args = vec![
        "scan",
        "--project",
        dir.to_str().unwrap(),
        "-o",
        "json",
        "--no-progress",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            stdout(&out),
            stderr(&out)
        )
    });
    (out, v)
}

fn lines_of(v: &Value, rule: &str) -> Vec<(String, u64)> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["rule_id"] == rule)
        .map(|r| {
            (
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn seed_rule_end_to_end_in_json() {
    let dir = project();
    let (out, v) = json_scan(dir.path(), &["--ruleset", "python/PYTHON-LANG-SEC-070"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-070"),
        vec![
            ("app/server.py".to_string(), 6),
            ("app/server.py".to_string(), 11)
        ]
    );
    let first = &v["results"][0];
    assert_eq!(first["location"]["column"], 1);
    assert_eq!(first["detection"]["type"], "pattern");
    assert_eq!(first["severity"], "medium");
    assert_eq!(v["results"][1]["location"]["function"], "serve");
    assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["scan"]["rules_executed"], 1);
}

#[test]
fn fail_on_sets_exit_code() {
    let dir = project();
    let p = dir.path().to_str().unwrap();
    let base = [
        "scan",
        "-p",
        p,
        "--ruleset",
        "python/PYTHON-LANG-SEC-070",
        "--no-progress",
        "-o",
        "json",
    ];
    let with = |extra: &[&str]| {
        let mut a = base.to_vec();
        a.extend_from_slice(extra);
        run(&a).status.code()
    };
    assert_eq!(with(&["--fail-on", "medium"]), Some(1));
    assert_eq!(with(&["--fail-on", "critical,high"]), Some(0));
    assert_eq!(with(&["--fail-on", "low"]), Some(1));
    assert_eq!(with(&["--fail-on", "severe"]), Some(2));
}

#[test]
fn every_output_format() {
    let dir = project();
    let p = dir.path().to_str().unwrap();
    let out = run(&["scan", "-p", p, "--no-progress", "-o", "sarif"]);
    let sarif: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "module-level findings are kept");
    assert!(results[0]["partialFingerprints"]["primaryLocationLineHash"].is_string());
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        6
    );

    let out = run(&["scan", "-p", p, "--no-progress", "-o", "csv"]);
    let text = stdout(&out);
    assert!(text.starts_with("severity,confidence,rule_id,rule_name,cwe,owasp,file,line,column"));
    assert_eq!(text.lines().count(), 3);

    let out = run(&["scan", "-p", p, "--no-progress"]);
    let text = stdout(&out);
    assert!(text.contains("PYTHON-LANG-SEC-070"));
    assert!(text.contains("app/server.py:6"));
    assert!(
        !text.contains('\u{1b}'),
        "no colour when NO_COLOR is set / not a TTY"
    );

    let file = dir.path().join("out.json");
    let out = run(&[
        "scan",
        "-p",
        p,
        "--no-progress",
        "-o",
        "json",
        "-f",
        file.to_str().unwrap(),
    ]);
    assert!(
        stdout(&out).is_empty(),
        "machine output goes to the file only"
    );
    let v: Value = serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(v["summary"]["total"], 2);
}

#[test]
fn output_is_deterministic() {
    let dir = project();
    let p = dir.path().to_str().unwrap();
    let a = stdout(&run(&["scan", "-p", p, "--no-progress", "-o", "sarif"]));
    let b = stdout(&run(&[
        "scan",
        "-p",
        p,
        "--no-progress",
        "-o",
        "sarif",
        "-j",
        "1",
    ]));
    assert_eq!(a, b);
}

#[test]
fn fingerprints_survive_unrelated_line_moves() {
    let dir = project();
    let (_, before) = json_scan(dir.path(), &[]);
    write(
        dir.path(),
        "app/server.py",
        &format!("# a new comment\n\n{VULNERABLE}"),
    );
    let (_, after) = json_scan(dir.path(), &[]);
    let fps = |v: &Value| -> Vec<String> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(fps(&before), fps(&after));
    assert_eq!(after["results"][0]["location"]["line"], 8);
}

#[test]
fn inline_suppressions_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.py",
        "import socket\ns = socket.socket()\ns.bind(('0.0.0.0', 1))  # pathfinder: ignore[PYTHON-LANG-SEC-070]\ns.bind(('', 2))  # pathfinder: ignore\ns.bind(('::', 3))  # pathfinder: ignore[OTHER-RULE]\n",
    );
    let (_, v) = json_scan(dir.path(), &[]);
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-070"),
        vec![("a.py".to_string(), 5)]
    );
    assert_eq!(v["summary"]["suppressed"], 2);
}

#[test]
fn bad_input_is_reported_and_loses_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "good.py",
        "import socket\nsocket.socket().bind(('0.0.0.0', 80))\n",
    );
    write(
        d,
        "broken.py",
        "import socket\ndef oops(:\n    pass\nsocket.socket().bind(('', 81))\n",
    );
    fs::write(
        d.join("latin1.py"),
        b"# caf\xe9\nimport socket\nsocket.socket().bind(('::', 82))\n",
    )
    .unwrap();
    fs::write(d.join("binary.py"), b"\x00\x01\x02ELF\x00").unwrap();
    write(d, "empty.py", "");
    let deep = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    write(d, "deep.py", &deep);
    let mut big = String::with_capacity(21 * 1024 * 1024);
    while big.len() < 20 * 1024 * 1024 {
        big.push_str("value_assignment_number = compute(1, 2, 3)  # generated line of code\n");
    }
    big.push_str("import socket\nsocket.socket().bind(('0.0.0.0', 83))\n");
    write(d, "generated.py", &big);
    #[cfg(unix)]
    std::os::unix::fs::symlink(d, d.join("loop")).unwrap();

    let (out, v) = json_scan(d, &[]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let mut files: Vec<String> = lines_of(&v, "PYTHON-LANG-SEC-070")
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    files.sort();
    assert_eq!(
        files,
        vec!["broken.py", "generated.py", "good.py", "latin1.py"]
    );
    let err = stderr(&out);
    assert!(
        err.contains("broken.py:2"),
        "syntax error names path and line: {err}"
    );
    assert!(
        err.contains("latin1.py"),
        "lossy decoding is reported: {err}"
    );
    assert!(err.contains("binary.py"), "binary file is reported: {err}");
    assert!(err.contains("loop"), "symlink loop is reported: {err}");
    assert!(!err.contains("panicked"));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "ok.py",
        "import socket\nsocket.socket().bind(('0.0.0.0', 80))\n",
    );
    write(dir.path(), "secret.py", "x = 1\n");
    let secret = dir.path().join("secret.py");
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = fs::read(&secret).is_ok(); // root ignores permissions
    let (out, v) = json_scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines_of(&v, "PYTHON-LANG-SEC-070").len(), 1);
    if readable_anyway {
        assert!(!stderr(&out).contains("secret.py"));
    } else {
        assert!(stderr(&out).contains("secret.py"), "{}", stderr(&out));
    }
}

#[test]
fn missing_project_and_unknown_ruleset_exit_2() {
    let out = run(&["scan", "-p", "/definitely/not/here", "--no-progress"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/definitely/not/here"));
    let dir = project();
    let out = run(&[
        "scan",
        "-p",
        dir.path().to_str().unwrap(),
        "--ruleset",
        "python/NOPE-001",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("NOPE-001"));
    let out = run(&["scan", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bad_rule_files_exit_2_with_file_and_line() {
    let dir = project();
    let rules = tempfile::tempdir().unwrap();
    write(
        rules.path(),
        "ok/rule.py",
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"CUSTOM-001\", severity=\"HIGH\")\ndef r():\n    return calls(\"eval\")\n",
    );
    write(
        rules.path(),
        "broken/rule.py",
        "from codepathfinder import calls\n\ndef r(:\n    return calls(\"x\")\n",
    );
    let out = run(&[
        "scan",
        "-p",
        dir.path().to_str().unwrap(),
        "-r",
        rules.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("broken/rule.py:3"), "{err}");

    fs::remove_dir_all(rules.path().join("broken")).unwrap();
    write(
        rules.path(),
        "unknown/rule.py",
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"CUSTOM-002\")\ndef r():\n    return frobnicate(\"x\")\n",
    );
    let out = run(&[
        "scan",
        "-p",
        dir.path().to_str().unwrap(),
        "-r",
        rules.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown/rule.py:6"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn user_rules_run_with_alias_resolution() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.py",
        "import subprocess as sp\nfrom os import system\nsp.call('ls', shell=True)\nsystem('x')\n",
    );
    let rule = dir.path().join("rules/custom.py");
    write(
        dir.path(),
        "rules/custom.py",
        "from codepathfinder import calls, Or\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"CUSTOM-SHELL-001\", severity=\"CRITICAL\", cwe=\"CWE-78\", message=\"shell\")\ndef detect():\n    return Or(calls(\"subprocess.call\", match_name={\"shell\": True}), calls(\"os.system\"))\n",
    );
    let (out, v) = json_scan(
        dir.path(),
        &[
            "--exclude",
            "rules",
            "-r",
            rule.to_str().unwrap(),
            "--fail-on",
            "critical",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines_of(&v, "CUSTOM-SHELL-001"),
        vec![("a.py".to_string(), 3), ("a.py".to_string(), 4)]
    );
}

#[test]
fn skip_tests_is_on_by_default_and_can_be_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "import socket\nsocket.socket().bind(('0.0.0.0', 80))\n";
    write(dir.path(), "tests/test_server.py", bad);
    write(dir.path(), "setup.py", bad);
    write(dir.path(), "_private/x.py", bad);
    let (_, v) = json_scan(dir.path(), &[]);
    let mut files: Vec<String> = lines_of(&v, "PYTHON-LANG-SEC-070")
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    files.sort();
    assert_eq!(files, vec!["_private/x.py", "setup.py"]);
    let (_, v) = json_scan(dir.path(), &["--skip-tests=false"]);
    assert_eq!(lines_of(&v, "PYTHON-LANG-SEC-070").len(), 3);
}

#[test]
fn configuration_from_pyproject_and_flags_override() {
    let dir = project();
    write(
        dir.path(),
        "pyproject.toml",
        "[tool.pathfinder]\nexclude = [\"app/server.py\"]\nfail-on = \"medium\"\n",
    );
    let (out, v) = json_scan(dir.path(), &[]);
    assert_eq!(v["summary"]["total"], 0);
    assert_eq!(out.status.code(), Some(0));
    let (out, v) = json_scan(dir.path(), &["--exclude", "nothing"]);
    assert_eq!(v["summary"]["total"], 2);
    assert_eq!(
        out.status.code(),
        Some(1),
        "fail-on from config still applies"
    );
    write(
        dir.path(),
        "pyproject.toml",
        "[tool.pathfinder]\nbogus = 1\n",
    );
    let out = run(&["scan", "-p", dir.path().to_str().unwrap(), "--no-progress"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pyproject.toml"));
}

#[test]
fn rules_commands() {
    let out = run(&["rules", "list"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("PYTHON-LANG-SEC-070"));
    let out = run(&[
        "rules",
        "list",
        "--ruleset",
        "python/lang",
        "--format",
        "markdown",
    ]);
    assert!(stdout(&out).starts_with("| ID |"));
    let out = run(&["rules", "show", "PYTHON-LANG-SEC-070"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Socket Bind to All Interfaces") && text.contains("@python_rule"));
    let out = run(&["rules", "show", "NOPE"]);
    assert_eq!(out.status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.py");
    fs::write(
        &file,
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"X-1\", severity=\"HIGH\")\ndef detect_it():\n    return calls(\"*.bind\", match_position={\"0[0]\": \"0.0.0.0\"})\n",
    )
    .unwrap();
    let out = run(&["rules", "ir", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        r#"[{"rule": {"id": "X-1", "name": "Detect It", "severity": "high", "cwe": "", "owasp": "", "description": "Security issue detected by X-1"}, "matcher": {"type": "call_matcher", "patterns": ["*.bind"], "wildcard": true, "matchMode": "any", "positionalArgs": {"0[0]": {"value": "0.0.0.0", "wildcard": true}}}}]"#
    );
    fs::write(&file, "from codepathfinder import calls\nx = (\n").unwrap();
    let out = run(&["rules", "ir", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("r.py:"));
}

#[test]
fn test_command_runs_catalog_fixtures() {
    let out = run(&["test"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.trim_end().ends_with("0 failed"), "{text}");

    // A rule whose fixture expects a line it does not flag fails, naming the line.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "lang/T-1/rule.py",
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"T-1\", severity=\"LOW\")\ndef r():\n    return calls(\"eval\")\n",
    );
    write(
        dir.path(),
        "lang/T-1/tests/positive/a.py",
        "eval(x)  # expect: T-1\nexec(y)  # expect: T-1\n",
    );
    write(
        dir.path(),
        "lang/T-1/tests/negative/b.py",
        "ast.literal_eval(x)\n",
    );
    let out = run(&["test", "--rules", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("FAIL T-1") && text.contains("line(s) 2"),
        "{text}"
    );
}

#[test]
fn version_command() {
    let out = run(&["version"]);
    assert_eq!(
        stdout(&out).trim(),
        format!("pathfinder {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn catalog_doc_is_current() {
    let out = run(&["rules", "list", "--format", "markdown"]);
    let table = stdout(&out);
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md"))
        .unwrap();
    assert!(
        doc.ends_with(&table),
        "docs/rules.md is stale: regenerate it with `pathfinder rules list --format markdown`"
    );
}

#[test]
fn audit_rules_run_with_the_audit_ruleset_or_profile_only() {
    let dir = tempfile::tempdir().unwrap();
    // eval() of data we cannot trace is an audit finding; the 0.0.0.0 bind is a vulnerability.
    write(
        dir.path(),
        "app.py",
        "import socket\n\n\ndef run(expr):\n    return eval(expr)\n\n\nsocket.socket().bind((\"0.0.0.0\", 80))\n",
    );
    let (_, v) = json_scan(dir.path(), &[]);
    assert_eq!(lines_of(&v, "PYTHON-LANG-SEC-001"), vec![]);
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-070"),
        vec![("app.py".into(), 8)]
    );

    let (_, v) = json_scan(dir.path(), &["--ruleset", "python/audit"]);
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-001"),
        vec![("app.py".into(), 5)]
    );
    assert_eq!(lines_of(&v, "PYTHON-LANG-SEC-070"), vec![]);
    assert_eq!(v["results"][0]["severity"], "medium");

    write(dir.path(), "pathfinder.toml", "profile = \"audit\"\n");
    let (_, v) = json_scan(dir.path(), &[]);
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-001"),
        vec![("app.py".into(), 5)]
    );
    assert_eq!(
        lines_of(&v, "PYTHON-LANG-SEC-070"),
        vec![("app.py".into(), 8)]
    );

    write(dir.path(), "pathfinder.toml", "\nprofile = \"loud\"\n");
    let out = run(&["scan", "--project", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pathfinder.toml:2"),
        "{}",
        stderr(&out)
    );

    let out = run(&["rules", "list", "--ruleset", "python/audit"]);
    let listed = stdout(&out);
    assert!(listed.contains("PYTHON-LANG-SEC-001") && listed.contains("audit"));
    assert!(!listed.contains("PYTHON-LANG-SEC-070"));
}

#[test]
fn one_finding_per_weakness_with_the_others_as_related_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "app.py",
        "import hashlib\nimport pickle\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post(\"/load\")\ndef load():\n    return {\"loaded\": pickle.loads(request.data)}\n\n\ndef legacy_hash(password, salt):\n    return hashlib.md5((salt + password).encode()).hexdigest()\n",
    );
    let (_, v) = json_scan(dir.path(), &["--ruleset", "python/all"]);
    let results = v["results"].as_array().unwrap();
    let at = |line: u64| -> Vec<&Value> {
        results
            .iter()
            .filter(|r| r["location"]["line"] == line)
            .collect()
    };
    // Three rules see the unpickling of request data: the Flask flow rule is kept.
    let unpickle = at(11);
    assert_eq!(unpickle.len(), 1, "{unpickle:?}");
    assert_eq!(unpickle[0]["rule_id"], "PYTHON-FLASK-SEC-013");
    assert_eq!(
        unpickle[0]["related_rules"],
        serde_json::json!(["PYTHON-DESER-001", "PYTHON-LANG-SEC-040"])
    );
    // MD5 of a password: the password-hashing rule is more specific than the generic MD5 one.
    let md5 = at(15);
    assert_eq!(md5.len(), 1, "{md5:?}");
    assert_eq!(md5[0]["rule_id"], "PYTHON-LANG-SEC-034");
    assert_eq!(
        md5[0]["related_rules"],
        serde_json::json!(["PYTHON-LANG-SEC-030"])
    );
    assert_eq!(v["summary"]["merged"], 3);
}

/// A loop whose taint does not settle within the iteration cap: the analysis falls back conservatively
/// (the flow along the long chain is still found) and says so on stderr with `--verbose` only.
#[test]
fn taint_iteration_cap_is_a_verbose_note() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "shift.py",
        "import os\nfrom flask import request\n\n\ndef chain():\n    a = request.args.get(\"a\")\n    b = c = d = e = f = \"x\"\n    for _ in range(10):\n        f = e\n        e = d\n        d = c\n        c = b\n        b = a\n    os.system(f)\n",
    );
    let (out, v) = json_scan(
        dir.path(),
        &["--verbose", "--ruleset", "python/PYTHON-FLASK-SEC-001"],
    );
    assert_eq!(
        lines_of(&v, "PYTHON-FLASK-SEC-001"),
        vec![("shift.py".to_string(), 14)]
    );
    assert!(
        stderr(&out).contains(
            "note: shift.py:5:1: taint analysis of this function reached the loop iteration cap"
        ),
        "{}",
        stderr(&out)
    );
    let (quiet, _) = json_scan(dir.path(), &["--ruleset", "python/PYTHON-FLASK-SEC-001"]);
    assert!(
        !stderr(&quiet).contains("iteration cap"),
        "{}",
        stderr(&quiet)
    );
}
