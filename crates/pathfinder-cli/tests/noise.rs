//! Noise control and CI ergonomics, end to end through the real binary: baselines, rule excludes,
//! per-file ignores, suppression comments, output filters, standard input and the CI summary line.

use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIND: &str = "PYTHON-LANG-SEC-070";
const EVAL: &str = "PYTHON-LANG-SEC-001";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pathfinder"));
    c.env("NO_COLOR", "1");
    c
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// `(rule, path, line)` of each reported finding.
fn hits(v: &Value) -> Vec<(String, String, u64)> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule_id"].as_str().unwrap().to_string(),
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn h(rule: &str, file: &str, line: u64) -> (String, String, u64) {
    (rule.into(), file.into(), line)
}

/// A JSON scan of `dir` run from inside it, with only the two Python rules used here unless `extra` says.
fn scan(dir: &Path, extra: &[&str]) -> (Output, Value) {
    let mut args = vec!["scan", "--no-progress", "-o", "json"];
    if !extra.contains(&"--ruleset") {
        args.extend(["--ruleset", "python/lang"]);
    }
    args.extend_from_slice(extra);
    let out = run_in(dir, &args);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        )
    });
    (out, v)
}

const SERVER: &str =
    "import socket\n\ns = socket.socket()\ns.bind((\"0.0.0.0\", 80))\n\n\ndef go(code):\n    return eval(code)\n";

#[test]
fn baseline_round_trip_hides_old_findings_when_lines_move_and_reports_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app/server.py", SERVER);
    let (out, v) = scan(
        d,
        &["--write-baseline", "pf-baseline.json", "--fail-on", "low"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(hits(&v).is_empty(), "{v}");
    assert!(
        stderr(&out).contains("baseline: 2 findings recorded in pf-baseline.json"),
        "{}",
        stderr(&out)
    );
    let text = fs::read_to_string(d.join("pf-baseline.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["version"], 1);
    let entries = doc["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["path"], "app/server.py");
    assert_eq!(entries[0]["rule_id"], EVAL, "sorted by path, then rule id");
    assert_eq!(entries[1]["rule_id"], BIND);
    assert_eq!(text.lines().count(), 8, "one entry per line:\n{text}");

    // Three lines inserted above both findings, and one new finding.
    write(
        d,
        "app/server.py",
        &format!("\"\"\"Server.\"\"\"\n\n\n{SERVER}\n\ndef new(x):\n    return eval(x)\n"),
    );
    let (out, v) = scan(
        d,
        &["--baseline", "pf-baseline.json", "--fail-on", "medium"],
    );
    assert_eq!(hits(&v), vec![h(EVAL, "app/server.py", 15)]);
    assert_eq!(out.status.code(), Some(1), "the new finding fails the run");
    assert!(
        stderr(&out)
            .contains("baseline pf-baseline.json: 2 findings hidden, 0 entries no longer match"),
        "{}",
        stderr(&out)
    );

    // The new finding fixed and an old one gone: hidden findings never change the exit code.
    write(
        d,
        "app/server.py",
        "import socket\n\ns = socket.socket()\ns.bind((\"0.0.0.0\", 80))\n",
    );
    let (out, v) = scan(d, &["--baseline", "pf-baseline.json", "--fail-on", "low"]);
    assert!(hits(&v).is_empty(), "{v}");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 finding hidden, 1 entry no longer matches"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn baseline_from_the_configuration_is_relative_to_it_and_works_in_ci() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "proj/app.py", SERVER);
    let (out, _) = scan(&d.join("proj"), &["--write-baseline", "base.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    write(d, "proj/pathfinder.toml", "baseline = \"base.json\"\n");
    // Run from the parent directory: the path is read next to the configuration file.
    let out = run_in(
        d,
        &[
            "ci",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "-p",
            "proj",
            "-o",
            "json",
            "-f",
            "-",
        ],
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(hits(&v).is_empty(), "{v}\n{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 findings hidden"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn malformed_or_future_baselines_are_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    write(
        d,
        "broken.json",
        "{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": 3}\n  ]\n}\n",
    );
    write(d, "future.json", "{\"version\": 7, \"findings\": []}\n");
    for (file, expect) in [
        ("broken.json", "broken.json:4: not a baseline file"),
        (
            "future.json",
            "future.json: baseline format version 7 is newer",
        ),
        ("missing.json", "missing.json: cannot read baseline"),
    ] {
        let out = run_in(d, &["scan", "--no-progress", "--baseline", file]);
        assert_eq!(out.status.code(), Some(2), "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(expect), "{file}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn exclude_rule_takes_ids_and_globs_and_warns_about_typos() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    let (out, v) = scan(d, &["--exclude-rule", "python-lang-sec-00*"]);
    assert_eq!(hits(&v), vec![h(BIND, "app.py", 4)]);
    assert!(
        stderr(&out).is_empty() || !stderr(&out).contains("warning"),
        "{}",
        stderr(&out)
    );
    assert!(v["rules"]
        .as_array()
        .is_none_or(|r| r.iter().all(|r| r["id"] != EVAL)));

    write(
        d,
        "pathfinder.toml",
        "exclude-rules = [\"PYTHON-LANG-SEC-070\", \"PYTHON-NOPE-*\"]\n",
    );
    let (out, v) = scan(d, &["--exclude-rule", "PYTHON-LANG-SEC-999"]);
    assert_eq!(
        hits(&v),
        vec![h(EVAL, "app.py", 8)],
        "flag and configuration both apply"
    );
    let err = stderr(&out);
    assert!(
        err.contains("warning: --exclude-rule: `PYTHON-LANG-SEC-999` matches no loaded rule id"),
        "{err}"
    );
    assert!(
        err.contains("pathfinder.toml (exclude-rules): `PYTHON-NOPE-*` matches no loaded rule id"),
        "{err}"
    );
}

#[test]
fn per_file_ignores_drop_rules_in_matching_paths() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    write(d, "scripts/tool/run.py", SERVER);
    write(d, "migrations/0001.py", SERVER);
    write(
        d,
        "pathfinder.toml",
        "[per-file-ignores]\n\"scripts/**\" = [\"PYTHON-LANG-SEC-070\"]\n\"migrations/**\" = [\"*\"]\n\"setup.py\" = [\"PYTHON-LANG-SEC-07\"]\n",
    );
    let (out, v) = scan(d, &["-f", "-"]);
    assert!(
        stderr(&out).contains("pathfinder.toml (per-file-ignores \"setup.py\"): `PYTHON-LANG-SEC-07` matches no loaded rule id"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        hits(&v),
        vec![
            h(BIND, "app.py", 4),
            h(EVAL, "app.py", 8),
            h(EVAL, "scripts/tool/run.py", 8)
        ]
    );
    assert!(
        stderr(&out).contains("not reported: 3 in per-file-ignores"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ignore_file_in_the_first_comment_block_of_python_and_dockerfiles() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "all.py",
        &format!("#!/usr/bin/env python\n# Generated.\n\n# pathfinder: ignore-file\n{SERVER}"),
    );
    write(
        d,
        "one.py",
        &format!("# pathfinder: ignore-file[{BIND}]\n{SERVER}"),
    );
    write(
        d,
        "late.py",
        &format!("{SERVER}# pathfinder: ignore-file\n"),
    );
    write(
        d,
        "Dockerfile",
        "# syntax=docker/dockerfile:1\n# pathfinder: ignore-file\nFROM alpine\n",
    );
    write(
        d,
        "compose.yaml",
        "# Local stack.\n# pathfinder: ignore-file\nservices:\n  web:\n    image: nginx\n    privileged: true\n",
    );
    let (out, v) = scan(
        d,
        &[
            "--ruleset",
            "python/lang",
            "--ruleset",
            "docker/all",
            "--ruleset",
            "docker-compose/all",
        ],
    );
    assert_eq!(
        hits(&v),
        vec![
            h(BIND, "late.py", 4),
            h(EVAL, "late.py", 8),
            h(EVAL, "one.py", 9)
        ],
        "{}",
        stderr(&out)
    );
    // all.py (2), one.py (1), and every Dockerfile (4) and compose (3) finding.
    assert_eq!(v["summary"]["suppressed"], 10, "{v}");
    assert!(
        stderr(&out).contains(
            "late.py:9: `pathfinder: ignore-file` only counts in the comment block at the top"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_comment_above_a_statement_covers_all_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "app.py",
        "import socket\ns = socket.socket()\n# pathfinder: ignore[PYTHON-LANG-SEC-070]\ns.bind(\n    (\"0.0.0.0\", 80)\n)\nresult = eval(  # pathfinder: ignore\n    code\n)\n# pathfinder: ignore\n\ns.bind((\"0.0.0.0\", 81))\n",
    );
    let (out, v) = scan(d, &["--show-unused-suppressions"]);
    assert_eq!(hits(&v), vec![h(BIND, "app.py", 12)], "{}", stderr(&out));
    assert_eq!(v["summary"]["suppressed"], 2);
    // The ignore above a blank line covers nothing and is listed as unused, with its place.
    assert!(
        stderr(&out)
            .contains("app.py:10: unused suppression `pathfinder: ignore`: nothing to suppress"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_ignore_naming_an_unknown_rule_is_a_warning_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "app.py",
        "import socket\ns = socket.socket()\ns.bind((\"0.0.0.0\", 80))  # pathfinder: ignore[PYTHON-LANG-SEC-07]\n",
    );
    let (out, v) = scan(d, &[]);
    assert_eq!(
        hits(&v),
        vec![h(BIND, "app.py", 3)],
        "a typo suppresses nothing"
    );
    assert!(
        stderr(&out).contains(
            "warning: app.py:3: suppression names `PYTHON-LANG-SEC-07`, which no loaded rule has"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn foreign_suppressions_only_when_the_configuration_asks() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "app.py",
        "import socket\ns = socket.socket()\ns.bind((\"0.0.0.0\", 80))  # nosec B104\ns.bind((\"0.0.0.0\", 81))  # nosemgrep: python.lang.bind\ns.bind((\"0.0.0.0\", 82))  # nosec\n",
    );
    let (_, v) = scan(d, &[]);
    assert_eq!(hits(&v).len(), 3, "off by default: {v}");
    write(d, "pathfinder.toml", "honor-foreign-suppressions = true\n");
    let (_, v) = scan(d, &[]);
    assert!(hits(&v).is_empty(), "{v}");
    assert_eq!(v["summary"]["suppressed"], 3);
}

#[test]
fn standard_input_is_scanned_as_the_named_file_with_its_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "pathfinder.toml",
        "[per-file-ignores]\n\"scripts/**\" = [\"PYTHON-LANG-SEC-001\"]\n",
    );
    let stdin_scan = |name: &str| {
        let mut child = bin()
            .current_dir(d)
            .args([
                "scan",
                "--no-progress",
                "--ruleset",
                "python/lang",
                "-o",
                "json",
            ])
            .args(["--stdin-filename", name, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(SERVER.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let v: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
        (out, v)
    };
    let (out, v) = stdin_scan("src/app.py");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        hits(&v),
        vec![h(BIND, "src/app.py", 4), h(EVAL, "src/app.py", 8)]
    );
    let (_, v) = stdin_scan("./scripts/tool.py");
    assert_eq!(hits(&v), vec![h(BIND, "scripts/tool.py", 4)]);
    // Nothing is left behind, and `-` without a name is a usage error.
    let out = run_in(d, &["scan", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs --stdin-filename"),
        "{}",
        stderr(&out)
    );
    let out = run_in(d, &["scan", "--stdin-filename", "../x.py", "-"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn min_severity_and_confidence_choose_what_is_reported_and_fail_on_follows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    let (out, v) = scan(d, &["--min-severity", "medium", "--fail-on", "medium"]);
    assert_eq!(hits(&v), vec![h(BIND, "app.py", 4), h(EVAL, "app.py", 8)]);
    assert_eq!(out.status.code(), Some(1));
    let (out, v) = scan(d, &["--min-severity", "high", "--fail-on", "medium"]);
    assert!(hits(&v).is_empty());
    assert_eq!(out.status.code(), Some(0), "only reported findings decide");
    assert!(
        stderr(&out).contains(
            "2 below --min-severity/--min-confidence; exit 0: no findings at or above medium"
        ),
        "{}",
        stderr(&out)
    );
    let out = run_in(d, &["scan", "--min-confidence", "sure"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid --min-confidence"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_ci_summary_line_explains_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "app.py",
        &format!("{SERVER}x = eval(code)  # pathfinder: ignore\n"),
    );
    let out = run_in(
        d,
        &[
            "scan",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "-o",
            "sarif",
            "-f",
            "x",
            "--fail-on",
            "medium",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("SARIF report written to x"), "{err}");
    assert!(
        err.contains("pathfinder: 2 findings (2 medium); not reported: 1 suppressed; exit 1: 2 findings at or above medium"),
        "{err}"
    );
    let sarif: Value = serde_json::from_str(&fs::read_to_string(d.join("x")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    // Text on stdout is its own summary: no extra line.
    let out = run_in(d, &["scan", "--no-progress", "--ruleset", "python/lang"]);
    assert!(!stderr(&out).contains("pathfinder: "), "{}", stderr(&out));
}

#[test]
fn ci_writes_sarif_to_a_file_by_default_and_to_stdout_with_dash() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    let out = run_in(
        d,
        &[
            "ci",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "--no-diff",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "nothing on the terminal");
    assert!(
        stderr(&out).contains("SARIF report written to pathfinder.sarif"),
        "{}",
        stderr(&out)
    );
    let sarif: Value =
        serde_json::from_str(&fs::read_to_string(d.join("pathfinder.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 2);
    let out = run_in(
        d,
        &[
            "ci",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "--no-diff",
            "-f",
            "-",
        ],
    );
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 2);
}

#[test]
fn flags_that_would_do_nothing_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "app.py", SERVER);
    for (args, expect) in [
        (
            vec!["scan", "--diff-scope", "files"],
            "--diff-scope needs --base",
        ),
        (vec!["scan", "--head", "HEAD~1"], "--head needs --base"),
        (
            vec!["scan", "--fail-on", ""],
            "--fail-on needs at least one severity",
        ),
        (
            vec!["ci", "--fail-on", " "],
            "--fail-on needs at least one severity",
        ),
        (
            vec!["ci", "--no-diff", "--base", "main"],
            "--no-diff and --base contradict",
        ),
        (
            vec!["ci", "--no-diff", "--diff-scope", "files"],
            "--diff-scope needs --base",
        ),
        (
            vec!["scan", "--stdin-filename", "a.py"],
            "--stdin-filename needs `-`",
        ),
    ] {
        let out = run_in(d, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(expect), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_diff_report_says_it_is_limited_to_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(d)
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@e",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    };
    git(&["init", "-q", "-b", "main"]);
    write(d, "old.py", SERVER);
    git(&["add", "."]);
    git(&["commit", "-qm", "base"]);
    git(&["checkout", "-qb", "feature"]);
    write(d, "new.py", "x = eval(input())\n");
    git(&["add", "."]);
    git(&["commit", "-qm", "change"]);
    let out = run_in(
        d,
        &[
            "scan",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "--base",
            "main",
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("pathfinder "), "{text}");
    assert_eq!(
        lines.next(),
        Some("1 finding in 1 changed file, diff against main"),
        "{text}"
    );
    let out = run_in(
        d,
        &[
            "scan",
            "--no-progress",
            "--ruleset",
            "python/lang",
            "--base",
            "main",
            "-o",
            "json",
        ],
    );
    assert!(
        stderr(&out).contains("not reported: 2 outside the diff"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn configured_rule_paths_are_relative_to_the_configuration_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "proj/checks/no_print.py",
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"T-PRINT\", name=\"print\", severity=\"LOW\")\ndef no_print():\n    return calls(\"print\")\n",
    );
    write(d, "proj/pathfinder.toml", "rules = [\"checks\"]\n");
    write(d, "proj/app.py", "print(1)\n");
    let out = run_in(d, &["scan", "--no-progress", "-p", "proj", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits(&v), vec![h("T-PRINT", "app.py", 1)]);
}

#[test]
fn rule_names_work_in_every_form_rules_list_prints() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in [
        BIND,
        "python/lang/PYTHON-LANG-SEC-070",
        "python/PYTHON-LANG-SEC-070",
    ] {
        let out = run_in(d, &["rules", "show", name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("PYTHON-LANG-SEC-070: "));
    }
    let out = run_in(d, &["rules", "ir", BIND]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"id\": \"PYTHON-LANG-SEC-070\""));
    let out = run_in(d, &["rules", "ir", "no-such-file.py"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run_in(
        d,
        &["rules", "list", "--ruleset", "python/PYTHON-LANG-SEC-070"],
    );
    assert_eq!(stderr(&out), "1 rule\n");
    let out = run_in(d, &["scan", "--ruleset", "python"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `python/all`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_flag_in_help_is_documented_in_the_readme() {
    let readme =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let documented = |flag: &str| {
        readme.match_indices(flag).any(|(i, _)| {
            !readme[i + flag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    };
    for cmd in [
        &["scan"][..],
        &["ci"],
        &["rules", "list"],
        &["rules", "show"],
        &["rules", "ir"],
        &["test"],
        &["registry", "build"],
        &["playground"],
    ] {
        let out = bin().args(cmd).arg("--help").output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        let mut missing = Vec::new();
        let mut checked = 0;
        for word in help.split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == '=') {
            let Some(name) = word.strip_prefix("--") else {
                continue;
            };
            let name: String = name
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if name.is_empty() || ["help", "version"].contains(&name.as_str()) {
                continue;
            }
            let flag = format!("--{name}");
            checked += 1;
            if !documented(&flag) {
                missing.push(flag);
            }
        }
        assert!(checked > 0, "{cmd:?}: no flags read from --help:\n{help}");
        assert!(missing.is_empty(), "{cmd:?}: not in README: {missing:?}");
    }
}
