//! Hostile and unlucky inputs (issue 15), each driven through the real binary: no crash, no hang, no
//! flood, and every other file's findings still reported.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pathfinder"));
    c.env("NO_COLOR", "1");
    c
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// `scan -o <format>` of `dir` with `extra` flags; stdin closed so nothing can wait on it.
/// These tests exercise the engine with data-blind pattern rules such as `os.system(...)`, which are audit
/// rules: without a rule choice of their own they run every Python rule, audit included.
fn rule_choice<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let chosen = extra
        .iter()
        .any(|a| matches!(*a, "--ruleset" | "-r" | "--rules"));
    let mut args = extra.to_vec();
    if !chosen {
        args.extend(["--ruleset", "python/all"]);
    }
    args
}

fn scan(dir: &Path, format: &str, extra: &[&str]) -> Output {
    bin()
        .args(["scan", "--no-progress", "-o", format, "-p"])
        .arg(dir)
        .args(rule_choice(extra))
        .stdin(Stdio::null())
        .output()
        .expect("binary runs")
}

fn json_scan(dir: &Path, extra: &[&str]) -> (Output, Value) {
    let out = scan(dir, "json", extra);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}), exit {:?}, stderr: {}",
            out.status.code(),
            stderr(&out)
        )
    });
    (out, v)
}

/// (rule, file, line) of every reported finding.
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

const OS_SYSTEM: &str = "PYTHON-LANG-SEC-010";
const GOOD: &str = "import os\n\nos.system(input())\n";

fn has_good_finding(v: &Value) -> bool {
    hits(v).contains(&(OS_SYSTEM.into(), "good.py".into(), 3))
}

// ---- 1, 2: deep expressions ------------------------------------------------------------------------

#[test]
fn deep_expressions_are_skipped_with_a_warning_and_other_files_keep_their_findings() {
    let deep = [
        ("ops.py", format!("x = {}1\n", "1+".repeat(35_000))),
        ("attr.py", format!("x = a{}\n", ".b".repeat(35_000))),
        ("sub.py", format!("x = a{}\n", "[0]".repeat(35_000))),
        (
            "lists.py",
            format!("x = {}{}\n", "[".repeat(50_000), "]".repeat(50_000)),
        ),
        ("unary.py", format!("x = {}1\n", "-".repeat(50_000))),
    ];
    for threads in ["0", "1"] {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "good.py", GOOD);
        for (name, text) in &deep {
            // The deep statement sits between two findings of its own file.
            write(
                dir.path(),
                name,
                &format!("import os\nos.system(input())\n{text}os.system(input())\n"),
            );
        }
        let (out, v) = json_scan(dir.path(), &["-j", threads]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(has_good_finding(&v), "{:?}", hits(&v));
        let err = stderr(&out);
        for (name, _) in &deep {
            assert!(
                err.contains(&format!(
                    "warning: {name}:3:1: statement nests deeper than 1000 levels"
                )),
                "{err}"
            );
            // The shallow parts of the deep file are still analysed, on their own lines.
            let mine: Vec<u64> = hits(&v)
                .into_iter()
                .filter(|(r, f, _)| r == OS_SYSTEM && f == name)
                .map(|(_, _, l)| l)
                .collect();
            assert_eq!(mine, vec![2, 4], "{name}");
        }
    }
}

// ---- 4: super-linear chains ------------------------------------------------------------------------

#[test]
fn long_call_chains_and_nested_calls_finish_quickly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    write(
        dir.path(),
        "chain.py",
        &format!("a{}\n", ".b()".repeat(16_000)),
    );
    write(
        dir.path(),
        "nested.py",
        &format!(
            "import os\n{}{}\n",
            "os.system(".repeat(8_000),
            ")".repeat(8_000)
        ),
    );
    // Just under the nesting limit: analysed, and still fast.
    write(
        dir.path(),
        "near.py",
        &format!(
            "import os\n{}x{}\na{}\n",
            "os.system(".repeat(240),
            ")".repeat(240),
            ".b()".repeat(240)
        ),
    );
    let started = Instant::now();
    let (out, v) = json_scan(dir.path(), &[]);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(has_good_finding(&v));
    assert!(took < Duration::from_secs(20), "took {took:?}");
    let err = stderr(&out);
    assert!(
        err.contains("warning: chain.py:1:1: statement nests deeper"),
        "{err}"
    );
    assert!(
        err.contains("warning: nested.py:2:1: statement nests deeper"),
        "{err}"
    );
    let near = hits(&v)
        .iter()
        .filter(|(r, f, _)| r == OS_SYSTEM && f == "near.py")
        .count();
    assert_eq!(near, 50, "capped at 50 per line");
}

// ---- 5: output amplification -----------------------------------------------------------------------

#[test]
fn snippets_and_findings_per_line_and_file_are_capped_with_warnings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    // A 40 KB line with 2,000 calls.
    write(
        dir.path(),
        "wide.py",
        &format!("import os\n{}\n", "os.system(x);".repeat(2_000)),
    );
    // 1,200 lines with one finding each.
    write(
        dir.path(),
        "many.py",
        &format!("import os\n{}", "os.system(x)\n".repeat(1_200)),
    );
    let (out, v) = json_scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.len() < 4_000_000, "{} bytes", out.stdout.len());
    assert!(has_good_finding(&v));
    let results = v["results"].as_array().unwrap();
    let wide: Vec<&Value> = results
        .iter()
        .filter(|r| r["location"]["file"] == "wide.py" && r["rule_id"] == OS_SYSTEM)
        .collect();
    assert_eq!(wide.len(), 50);
    for r in &wide {
        let line = r["location"]["snippet"]["lines"][0].as_str().unwrap();
        assert_eq!(line.chars().count(), 201, "{line}");
        assert!(line.ends_with('…'));
    }
    let many = results
        .iter()
        .filter(|r| r["location"]["file"] == "many.py")
        .count();
    assert_eq!(many, 1000);
    let err = stderr(&out);
    assert!(
        err.contains("warning: wide.py:2: 1950 more findings on this line not reported (at most 50 per line)"),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: many.py: 200 more findings in this file not reported (at most 1000 per file)"
        ),
        "{err}"
    );
}

// ---- 6: CR-only and mixed line endings -------------------------------------------------------------

#[test]
fn cr_only_and_mixed_line_endings_count_lines_as_python_does() {
    let dir = tempfile::tempdir().unwrap();
    // Line 2 ignores only itself; the findings on lines 4 (CR only) and 6 (after a CRLF) stay.
    write(
        dir.path(),
        "cr.py",
        "import os\ros.system(input())  # pathfinder: ignore\r\ros.system(input())\r\nx = 1\ros.system(input())\n",
    );
    let (out, v) = json_scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let results = v["results"].as_array().unwrap();
    let lines: Vec<u64> = results
        .iter()
        .filter(|r| r["rule_id"] == OS_SYSTEM)
        .map(|r| r["location"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![4, 6]);
    for r in results.iter().filter(|r| r["rule_id"] == OS_SYSTEM) {
        assert_eq!(r["location"]["column"], 1);
        assert_eq!(
            r["location"]["snippet"]["lines"],
            serde_json::json!(["os.system(input())"])
        );
    }
    assert_eq!(v["summary"]["suppressed"], 1);
}

// ---- 7: file names on stderr -----------------------------------------------------------------------

#[test]
fn control_and_bidi_characters_in_file_names_are_escaped_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    let name = "evil\n::error file=x::owned\u{1b}[31m\u{202e}.py";
    // Invalid UTF-8 makes the file worth a warning.
    fs::write(dir.path().join(name), b"x = '\xff'\n").unwrap();
    let out = scan(dir.path(), "json", &[]);
    let err = stderr(&out);
    assert!(
        err.contains("warning: evil\\u{a}::error file=x::owned\\u{1b}[31m\\u{202e}.py"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err}"
    );
    assert!(err.lines().all(|l| !l.starts_with("::")), "{err}");
}

// ---- 8, 11, 12: rule errors ------------------------------------------------------------------------

fn rule(id: &str, body: &str, function: &str) -> String {
    format!(
        "from codepathfinder import calls, regex\nfrom codepathfinder.python_decorators import python_rule\n\n\n@python_rule(id=\"{id}\", name=\"n\", severity=\"HIGH\", category=\"x\", cwe=\"CWE-78\", owasp=\"A03:2021\", message=\"m\")\ndef {function}():\n    return {body}\n"
    )
}

#[test]
fn a_30000_character_glob_compiles_and_matches() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    let rules = tempfile::tempdir().unwrap();
    let glob = format!("os.*{}", "?".repeat(30_000));
    write(
        rules.path(),
        "big.py",
        &rule(
            "BIG-GLOB",
            &format!("calls(\"{glob}\", \"o*.s?stem\")"),
            "big",
        ),
    );
    let (out, v) = json_scan(
        dir.path(),
        &[
            "-r",
            rules.path().join("big.py").to_str().unwrap(),
            "--ruleset",
            "python/BIG-GLOB",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(hits(&v), vec![("BIG-GLOB".into(), "good.py".into(), 3)]);
}

#[test]
fn an_invalid_regex_is_a_rule_error_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    let rules = tempfile::tempdir().unwrap();
    for (name, pattern) in [
        ("lookaround.py", "(?<=a)b"),
        ("unclosed.py", "(ab"),
        ("huge.py", "a{1000}{1000}"),
    ] {
        let path = rules.path().join(name);
        write(
            rules.path(),
            name,
            &rule(
                "BAD-RE",
                &format!("calls(\"os.system\", match_position={{0: regex(\"{pattern}\")}})"),
                "bad",
            ),
        );
        let out = scan(dir.path(), "json", &["-r", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "error: {}:5: rule BAD-RE: invalid regex",
                path.display()
            )),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn duplicate_rule_ids_are_an_error_naming_both_places() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    let rules = tempfile::tempdir().unwrap();
    let one = rule("DUP-1", "calls(\"os.system\")", "first");
    let two = rule("DUP-1", "calls(\"os.popen\")", "second");
    // In one file.
    write(rules.path(), "both.py", &format!("{one}\n\n{two}"));
    let both = rules.path().join("both.py");
    let out = scan(dir.path(), "json", &["-r", both.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let b = both.display();
    assert!(
        stderr(&out).contains(&format!(
            "{b}:14: duplicate rule id DUP-1: also defined at {b}:5"
        )),
        "{}",
        stderr(&out)
    );
    // Across a rules directory.
    let tree = tempfile::tempdir().unwrap();
    write(tree.path(), "a/one.py", &one);
    write(tree.path(), "b/two.py", &two);
    let out = scan(dir.path(), "json", &["-r", tree.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let (a, b) = (tree.path().join("a/one.py"), tree.path().join("b/two.py"));
    assert!(
        stderr(&out).contains(&format!(
            "{}:5: duplicate rule id DUP-1: also defined at {}:5",
            b.display(),
            a.display()
        )),
        "{}",
        stderr(&out)
    );
}

// ---- 9, 14: special files ----------------------------------------------------------------------------

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

/// Runs a scan that must end on its own (a FIFO must never be opened for reading).
fn scan_with_deadline(dir: &Path, extra: &[&str]) -> Output {
    let mut child = bin()
        .args(["scan", "--no-progress", "-o", "json", "-p"])
        .arg(dir)
        .args(rule_choice(extra))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("scan hung");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn configuration_ignore_and_rule_files_must_be_small_regular_files() {
    // pathfinder.toml pointing at /dev/zero: refused, exit 2, saying why.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("pathfinder.toml")).unwrap();
    let out = scan_with_deadline(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pathfinder.toml: cannot read: not a regular file (a device)"),
        "{}",
        stderr(&out)
    );
    fs::remove_file(dir.path().join("pathfinder.toml")).unwrap();

    // A FIFO as the root's .gitignore: not read, the scan goes on without ignore files.
    mkfifo(&dir.path().join(".gitignore"));
    let out = scan_with_deadline(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            ".gitignore: ignore file is a FIFO, not read; ignore files are not used in this scan"
        ),
        "{}",
        stderr(&out)
    );
    fs::remove_file(dir.path().join(".gitignore")).unwrap();

    // /dev/zero as a subdirectory's .gitignore: that directory is skipped, the rest scanned.
    write(dir.path(), "sub/app.py", GOOD);
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("sub/.gitignore")).unwrap();
    let out = scan_with_deadline(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("sub/.gitignore: ignore file is a device, not read; directory skipped"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(has_good_finding(&v));

    // A rule file that is a FIFO.
    let rules = tempfile::tempdir().unwrap();
    let fifo = rules.path().join("rule.py");
    mkfifo(&fifo);
    let out = scan_with_deadline(dir.path(), &["-r", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read rule file: not a regular file (a FIFO)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fifos_in_the_project_are_reported_and_external_symlinks_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    write(
        outside.path(),
        "secret.py",
        "import os\nos.system(input())  # SECRET\n",
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    mkfifo(&dir.path().join("pipe.py"));
    std::os::unix::fs::symlink(outside.path(), dir.path().join("linked")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.py"), dir.path().join("one.py"))
        .unwrap();
    // Links that stay inside the project are still followed.
    std::os::unix::fs::symlink(dir.path().join("good.py"), dir.path().join("alias.py")).unwrap();

    let out = scan_with_deadline(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("SECRET"), "{text}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(has_good_finding(&v));
    assert!(hits(&v).contains(&(OS_SYSTEM.into(), "alias.py".into(), 3)));
    let err = stderr(&out);
    assert!(
        err.contains("warning: pipe.py: not a regular file (a FIFO), skipped"),
        "{err}"
    );
    assert!(err.contains("warning: linked: symlink to "), "{err}");
    assert!(err.contains("warning: one.py: symlink to "), "{err}");
    assert!(
        err.contains("outside the project, not followed (--follow-external-symlinks follows it)")
    );

    let out = scan_with_deadline(dir.path(), &["--follow-external-symlinks"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<String> = hits(&v).into_iter().map(|(_, f, _)| f).collect();
    assert!(files.contains(&"linked/secret.py".to_string()), "{files:?}");
    assert!(files.contains(&"one.py".to_string()), "{files:?}");
}

// ---- 13: CSV -----------------------------------------------------------------------------------------

#[test]
fn csv_cells_cannot_start_formulas_or_carry_escape_bytes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "=HYPERLINK(x).py", GOOD);
    write(dir.path(), "@cmd.py", GOOD);
    write(dir.path(), "\u{1b}[2Jclear.py", GOOD);
    let out = scan(dir.path(), "csv", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(!csv.contains('\u{1b}'), "{csv}");
    let files: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(6).unwrap())
        .collect();
    assert!(files.contains(&"'=HYPERLINK(x).py"), "{files:?}");
    assert!(files.contains(&"'@cmd.py"), "{files:?}");
    assert!(files.contains(&"\\u{1b}[2Jclear.py"), "{files:?}");
    // The columns before the (comma-holding) message.
    for line in csv.lines() {
        for cell in line.split(',').take(10) {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{line}");
        }
    }
}

#[test]
fn deep_code_inside_f_string_fields_is_caught_too() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.py", GOOD);
    let mut nested = "x".to_string();
    for _ in 0..20_000 {
        nested = format!("f'{{{nested}}}'");
    }
    write(dir.path(), "nested.py", &format!("y = {nested}\n"));
    write(
        dir.path(),
        "field.py",
        &format!(
            "y = f\"\"\"{{{}{}}}\"\"\"\n",
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    );
    let (out, v) = json_scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(has_good_finding(&v));
    let err = stderr(&out);
    assert!(
        err.contains("warning: nested.py:1:1: statement nests deeper"),
        "{err}"
    );
    assert!(
        err.contains("warning: field.py:1:1: statement nests deeper"),
        "{err}"
    );
}
