//! GitLab code quality (`-o gitlab`) and JUnit XML (`-o junit`) against the shapes their readers expect.

mod common;

use common::{BIND, CMDI, EVAL, TRICKY_MESSAGE, UNUSED};
use pathfinder_findings::report::{render, Format, RenderOptions, JUNIT_WARNINGS_SUITE};
use pathfinder_findings::ScanReport;
use serde_json::{json, Value};

fn gitlab(report: &ScanReport) -> Value {
    serde_json::from_str(&render(Format::Gitlab, report, &RenderOptions::default()))
        .expect("gitlab output is JSON")
}

/// GitLab's documented code-quality issue: the fields it requires, the types it reads and the Code Climate
/// values it accepts (written from GitLab's and Code Climate's format descriptions).
fn gitlab_validator() -> jsonschema::Validator {
    let lines = json!({
        "type": "object",
        "required": ["begin"],
        "properties": {
            "begin": {"type": "integer", "minimum": 1},
            "end": {"type": "integer", "minimum": 1}
        }
    });
    let location = json!({
        "type": "object",
        "required": ["path", "lines"],
        "properties": {
            "path": {"type": "string", "minLength": 1, "not": {"pattern": "^/"}},
            "lines": lines
        }
    });
    let schema = json!({
        "type": "array",
        "items": {
            "type": "object",
            "required": ["description", "check_name", "fingerprint", "severity", "location"],
            "properties": {
                "type": {"const": "issue"},
                "description": {"type": "string", "minLength": 1},
                "check_name": {"type": "string", "minLength": 1},
                "fingerprint": {"type": "string", "minLength": 1},
                "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
                "categories": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"enum": ["Bug Risk", "Clarity", "Compatibility", "Complexity",
                                       "Duplication", "Performance", "Security", "Style"]}
                },
                "engine_name": {"type": "string"},
                "location": location,
                "other_locations": {"type": "array", "items": location}
            }
        }
    });
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_gitlab_shape(v: &Value) {
    let errors: Vec<String> = gitlab_validator()
        .iter_errors(v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "not GitLab's shape:\n{}",
        errors.join("\n")
    );
}

#[test]
fn gitlab_report_has_gitlabs_shape() {
    let v = gitlab(&common::report());
    assert_gitlab_shape(&v);
    let issues = v.as_array().unwrap();
    assert_eq!(issues.len(), 3, "suppressed findings are left out");
    let fingerprints: std::collections::HashSet<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fingerprints.len(), 3, "GitLab keys issues by fingerprint");
}

#[test]
fn gitlab_issues_carry_rule_severity_and_lines() {
    let report = common::report();
    let v = gitlab(&report);
    let by_rule = |id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|i| i["check_name"] == id)
            .unwrap_or_else(|| panic!("no issue for {id}"))
            .clone()
    };
    let bind = by_rule(BIND);
    let expected_fp = &report
        .findings
        .iter()
        .find(|f| f.rule_id == BIND)
        .unwrap()
        .fingerprint;
    assert_eq!(
        bind,
        json!({
            "type": "issue",
            "check_name": BIND,
            "description": format!("{BIND}: Socket bound to 0.0.0.0 (all interfaces). Bind to a specific interface in production."),
            "categories": ["Security"],
            "severity": "major",
            "fingerprint": expected_fp,
            "engine_name": "pathfinder",
            "location": {"path": "server.py", "lines": {"begin": 4, "end": 4}}
        })
    );

    let eval = by_rule(EVAL);
    assert_eq!(eval["severity"], "critical");
    assert_eq!(eval["description"], format!("{EVAL}: {TRICKY_MESSAGE}"));
    assert_eq!(
        eval["location"]["lines"],
        json!({"begin": 21, "end": 22}),
        "multi-line findings keep their span"
    );

    let taint = by_rule(CMDI);
    assert_eq!(taint["severity"], "blocker");
    assert_eq!(
        taint["other_locations"],
        json!([
            {"path": "views.py", "lines": {"begin": 10, "end": 10}},
            {"path": "views.py", "lines": {"begin": 11, "end": 11}}
        ]),
        "the taint path's steps before the sink"
    );
}

#[test]
fn gitlab_empty_report_is_an_empty_array() {
    let out = render(
        Format::Gitlab,
        &common::empty_report(),
        &RenderOptions::default(),
    );
    assert_eq!(out, "[]\n");
}

// ---- JUnit ----

fn junit(report: &ScanReport) -> String {
    render(Format::Junit, report, &RenderOptions::default())
}

fn count(node: roxmltree::Node, name: &str) -> usize {
    node.attribute(name)
        .unwrap_or_else(|| panic!("<{}> lacks {name}", node.tag_name().name()))
        .parse()
        .unwrap_or_else(|e| panic!("{name} is not a count: {e}"))
}

fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, tag: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children()
        .filter(|c| c.is_element() && c.tag_name().name() == tag)
        .collect()
}

/// The JUnit shape CI readers rely on: `testsuites` > `testsuite` > `testcase` with at most one of
/// `failure`/`error`/`skipped`, required names, and counts that add up at every level.
fn assert_junit_shape(xml: &str) -> roxmltree::Document<'_> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let mut totals = [0usize; 4];
    for suite in root.children().filter(|n| n.is_element()) {
        assert_eq!(suite.tag_name().name(), "testsuite");
        assert!(suite.attribute("name").is_some_and(|n| !n.is_empty()));
        assert!(suite.attribute("time").unwrap().parse::<f64>().is_ok());
        let cases = children(suite, "testcase");
        assert_eq!(
            suite.children().filter(|n| n.is_element()).count(),
            cases.len(),
            "a suite holds only test cases"
        );
        let mut counts = [cases.len(), 0, 0, 0];
        for case in &cases {
            assert!(case.attribute("name").is_some_and(|n| !n.is_empty()));
            assert!(case.attribute("classname").is_some_and(|n| !n.is_empty()));
            let outcomes: Vec<&str> = case
                .children()
                .filter(|n| n.is_element())
                .map(|n| n.tag_name().name())
                .collect();
            assert!(outcomes.len() <= 1, "one outcome per case: {outcomes:?}");
            match outcomes.first() {
                Some(&"failure") => counts[1] += 1,
                Some(&"error") => counts[2] += 1,
                Some(&"skipped") => counts[3] += 1,
                None => {}
                Some(other) => panic!("unexpected <{other}>"),
            }
            if let Some(line) = case.attribute("line") {
                assert!(line.parse::<u32>().unwrap() >= 1);
            }
        }
        for (i, name) in ["tests", "failures", "errors", "skipped"]
            .into_iter()
            .enumerate()
        {
            assert_eq!(
                count(suite, name),
                counts[i],
                "{name} of {:?}",
                suite.attribute("name")
            );
            totals[i] += counts[i];
        }
    }
    for (i, name) in ["tests", "failures", "errors", "skipped"]
        .into_iter()
        .enumerate()
    {
        assert_eq!(count(root, name), totals[i], "total {name}");
    }
    doc
}

#[test]
fn junit_report_has_the_junit_shape() {
    let xml = junit(&common::report());
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    let doc = assert_junit_shape(&xml);
    let root = doc.root_element();
    assert_eq!(root.attribute("name"), Some("pathfinder 0.1.0-test"));
    assert_eq!(root.attribute("time"), Some("1.234"));
    assert_eq!(
        (
            count(root, "tests"),
            count(root, "failures"),
            count(root, "errors"),
            count(root, "skipped")
        ),
        (7, 3, 2, 1),
        "3 findings, 1 suppressed, 1 passing rule, 2 warnings"
    );
    let names: Vec<&str> = children(root, "testsuite")
        .iter()
        .map(|s| s.attribute("name").unwrap())
        .collect();
    assert_eq!(names, [BIND, EVAL, CMDI, UNUSED, JUNIT_WARNINGS_SUITE]);
}

#[test]
fn junit_cases_name_the_finding_and_survive_hostile_text() {
    let xml = junit(&common::report());
    let doc = assert_junit_shape(&xml);
    let case = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("classname") == Some(EVAL))
        .unwrap();
    assert_eq!(
        case.attribute("name"),
        Some("Eval on Untrusted Data at app/handlers.py:21:16")
    );
    assert_eq!(case.attribute("file"), Some("app/handlers.py"));
    assert_eq!(case.attribute("line"), Some("21"));
    let failure = children(case, "failure")[0];
    // Quotes, commas, the newline and non-ASCII come back exactly.
    assert_eq!(failure.attribute("message"), Some(TRICKY_MESSAGE));
    assert_eq!(failure.attribute("type"), Some("high"));
    let body = failure.text().unwrap();
    assert!(body.starts_with("app/handlers.py:21:16\n"), "{body}");
    assert!(body.contains("data)  # ünïcode, \"quoted\""), "{body}");

    let taint = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("classname") == Some(CMDI))
        .unwrap();
    let body = children(taint, "failure")[0].text().unwrap();
    assert!(
        body.ends_with(
            "flow:\n  views.py:10:11 source: request.args.get\n  views.py:11:5 assigned to cmd\n  utils/run.py:5:5 sink: os.system"
        ),
        "{body}"
    );

    let passing = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("classname") == Some(UNUSED))
        .unwrap();
    assert_eq!(passing.attribute("name"), Some("no findings"));
    assert!(!passing.has_children());

    let warning = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase") && n.attribute("file") == Some("broken.py"))
        .unwrap();
    assert_eq!(warning.attribute("line"), Some("3"));
    assert_eq!(
        children(warning, "error")[0].attribute("message"),
        Some("syntax error: unexpected indent")
    );
}

#[test]
fn junit_escapes_markup_and_control_characters_from_scanned_code() {
    let mut report = common::report();
    report.findings[0].message = "</failure><injected a=\"1\"/> & \u{1b}[31m\r".into();
    report.findings[0].snippet = "x = \"]]>\" < y\u{0}".into();
    let xml = junit(&report);
    let doc = assert_junit_shape(&xml);
    assert!(doc.descendants().all(|n| !n.has_tag_name("injected")));
    let failure = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("failure") && n.parent().unwrap().attribute("classname") == Some(EVAL)
        })
        .unwrap();
    assert_eq!(
        failure.attribute("message"),
        Some("</failure><injected a=\"1\"/> & \u{fffd}[31m\r")
    );
    assert!(failure.text().unwrap().contains("x = \"]]>\" < y\u{fffd}"));
}

#[test]
fn junit_empty_report_lists_every_rule_as_passing() {
    let xml = junit(&common::empty_report());
    let doc = assert_junit_shape(&xml);
    let root = doc.root_element();
    assert_eq!((count(root, "tests"), count(root, "failures")), (4, 0));
    let xml = junit(&ScanReport::default());
    let doc = assert_junit_shape(&xml);
    assert_eq!(count(doc.root_element(), "tests"), 0);
}
