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

/// A project with several kinds of findings (Python pattern and taint, Dockerfile, compose), scanned with the
/// default rules.
fn mixed_project() -> tempfile::TempDir {
    let dir = project();
    fs::write(
        dir.path().join("app/views.py"),
        "import os\nfrom flask import request\n\n\ndef run():\n    os.system(request.args.get(\"cmd\"))\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("Dockerfile"),
        "FROM ubuntu:latest\nUSER root\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("docker-compose.yml"),
        "services:\n  web:\n    image: nginx\n    privileged: true\n",
    )
    .unwrap();
    dir
}

fn scan_all(dir: &std::path::Path, format: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args(["scan", "--no-progress", "-o", format, "-p"])
        .arg(dir)
        .output()
        .expect("binary runs")
}

/// GitLab's code-quality report: a JSON array of Code Climate issues, each with the fields GitLab reads
/// (`description`, `check_name`, `fingerprint`, `severity` from its five levels, `location.path` and
/// `location.lines.begin`), fingerprints unique, paths relative.
#[test]
fn gitlab_report_has_the_code_quality_shape() {
    let dir = mixed_project();
    let out = scan_all(dir.path(), "gitlab");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON document");
    let issues = v.as_array().expect("a JSON array of issues");
    assert!(issues.len() >= 4, "{v:#}");
    let mut fingerprints = std::collections::HashSet::new();
    let mut paths = std::collections::BTreeSet::new();
    for i in issues {
        let obj = i.as_object().expect("each issue is an object");
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(
                obj.get(key)
                    .and_then(|s| s.as_str())
                    .is_some_and(|s| !s.is_empty()),
                "{key} must be a non-empty string: {i:#}"
            );
        }
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&i["severity"].as_str().unwrap()),
            "{i:#}"
        );
        if let Some(t) = obj.get("type") {
            assert_eq!(t, "issue");
        }
        if let Some(c) = obj.get("categories") {
            assert!(c
                .as_array()
                .is_some_and(|c| c.iter().all(|x| x.is_string())));
        }
        let path = i["location"]["path"].as_str().expect("location.path");
        assert!(!path.starts_with('/') && !path.contains('\\'), "{path}");
        let begin = i["location"]["lines"]["begin"]
            .as_u64()
            .expect("location.lines.begin");
        assert!(begin >= 1);
        if let Some(end) = i["location"]["lines"].get("end") {
            assert!(end.as_u64().expect("lines.end is a number") >= begin);
        }
        assert!(fingerprints.insert(i["fingerprint"].as_str().unwrap().to_string()));
        paths.insert(path.to_string());
    }
    for expected in ["app/views.py", "Dockerfile", "docker-compose.yml"] {
        assert!(paths.contains(expected), "{paths:?}");
    }
}

/// One XML element as the JUnit checks below see it.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Element>,
}

impl Element {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    fn kids<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
}

/// A strict little XML reader for the JUnit output: elements, attributes, text and CDATA; tags must nest
/// and close in order, attribute values must be quoted with entities only from XML's five.
fn parse_xml(xml: &str) -> Element {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .expect("XML declaration");
    let mut stack: Vec<Element> = vec![Element {
        name: "#document".into(),
        attrs: Vec::new(),
        children: Vec::new(),
    }];
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "stray '>' in text: {text:?}");
        check_entities(text);
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after.find("]]>").expect("CDATA closes");
            rest = &after[end + 3..];
            continue;
        }
        let end = rest.find('>').expect("tag closes");
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let done = stack.pop().expect("an open element");
            assert_eq!(done.name, name.trim(), "tags close in order");
            stack.last_mut().expect("a parent").children.push(done);
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs_text) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        loop {
            attrs_text = attrs_text.trim_start();
            if attrs_text.is_empty() {
                break;
            }
            let (key, after) = attrs_text.split_once("=\"").expect("attribute=\"value\"");
            let (value, after) = after.split_once('"').expect("attribute value closes");
            assert!(!value.contains('<'), "'<' in an attribute: {value:?}");
            check_entities(value);
            attrs.push((key.trim().to_string(), value.to_string()));
            attrs_text = after;
        }
        let element = Element {
            name: name.to_string(),
            attrs,
            children: Vec::new(),
        };
        if self_closing {
            stack.last_mut().unwrap().children.push(element);
        } else {
            stack.push(element);
        }
    }
    assert!(rest.trim().is_empty());
    assert_eq!(stack.len(), 1, "every element closes");
    let mut doc = stack.pop().unwrap();
    assert_eq!(doc.children.len(), 1, "one root element");
    doc.children.pop().unwrap()
}

fn check_entities(s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        let after = &rest[i + 1..];
        let end = after.find(';').expect("entity closes");
        let entity = &after[..end];
        assert!(
            ["lt", "gt", "amp", "quot", "apos"].contains(&entity) || entity.starts_with('#'),
            "unknown entity &{entity};"
        );
        rest = &after[end + 1..];
    }
}

/// The JUnit XML shape CI servers read: `testsuites` > `testsuite` (name, tests, failures, errors, skipped
/// counts that match its children) > `testcase` (name, classname) with a `failure` (message, type) per
/// finding.
#[test]
fn junit_report_has_the_junit_shape() {
    let dir = mixed_project();
    let out = scan_all(dir.path(), "junit");
    let xml = String::from_utf8(out.stdout).unwrap();
    let root = parse_xml(&xml);
    assert_eq!(root.name, "testsuites");
    let suites: Vec<&Element> = root.kids("testsuite").collect();
    assert_eq!(suites.len(), root.children.len(), "only testsuite elements");
    assert!(!suites.is_empty());
    let mut all_failures = 0;
    let mut all_tests = 0;
    for suite in &suites {
        assert!(suite.attr("name").is_some_and(|n| !n.is_empty()));
        let count = |k: &str| -> usize {
            suite
                .attr(k)
                .unwrap_or_else(|| panic!("{k}"))
                .parse()
                .unwrap()
        };
        let cases: Vec<&Element> = suite.kids("testcase").collect();
        assert_eq!(count("tests"), cases.len(), "{suite:?}");
        let failures = cases
            .iter()
            .filter(|c| c.kids("failure").next().is_some())
            .count();
        assert_eq!(count("failures"), failures);
        assert_eq!(
            count("errors"),
            cases
                .iter()
                .filter(|c| c.kids("error").next().is_some())
                .count()
        );
        assert_eq!(
            count("skipped"),
            cases
                .iter()
                .filter(|c| c.kids("skipped").next().is_some())
                .count()
        );
        for case in &cases {
            assert!(case.attr("name").is_some_and(|n| !n.is_empty()), "{case:?}");
            assert!(case.attr("classname").is_some(), "{case:?}");
            for f in case.kids("failure") {
                assert!(f.attr("message").is_some_and(|m| !m.is_empty()), "{f:?}");
                assert!(f.attr("type").is_some(), "{f:?}");
            }
        }
        all_failures += failures;
        all_tests += cases.len();
    }
    for k in ["tests", "failures"] {
        if let Some(v) = root.attr(k) {
            let want = if k == "tests" {
                all_tests
            } else {
                all_failures
            };
            assert_eq!(v.parse::<usize>().unwrap(), want, "testsuites {k}");
        }
    }
    assert!(all_failures >= 4, "{xml}");
    let files: Vec<&str> = suites
        .iter()
        .flat_map(|s| s.kids("testcase"))
        .filter_map(|c| c.attr("file"))
        .collect();
    for expected in ["app/views.py", "Dockerfile", "docker-compose.yml"] {
        assert!(files.contains(&expected), "{files:?}");
    }
}
