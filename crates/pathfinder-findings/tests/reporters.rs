//! Text, JSON, SARIF and CSV output for one realistic report.

mod common;

use common::{BIND, CMDI, EVAL, TRICKY_MESSAGE, UNUSED};
use pathfinder_findings::report::{render, Format, RenderOptions, CSV_HEADER, TOOL_NAME};
use pathfinder_findings::ScanReport;
use serde_json::{json, Value};

const PLAIN: RenderOptions = RenderOptions {
    color: false,
    verbose: false,
};

fn json_of(format: Format, report: &ScanReport) -> Value {
    serde_json::from_str(&render(format, report, &PLAIN)).expect("output is JSON")
}

fn result_for<'a>(results: &'a Value, rule_id: &str, key: &str) -> &'a Value {
    results
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == rule_id)
        .unwrap_or_else(|| panic!("no result for {rule_id}"))
}

#[test]
fn every_format_is_deterministic() {
    let report = common::report();
    for format in Format::ALL {
        for opts in [
            PLAIN,
            RenderOptions {
                color: true,
                verbose: true,
            },
        ] {
            assert_eq!(
                render(format, &report, &opts),
                render(format, &report, &opts),
                "{format}"
            );
        }
    }
}

// ---- JSON ----

#[test]
fn json_header_and_summary() {
    let v = json_of(Format::Json, &common::report());
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["tool", "scan", "results", "summary", "errors"]);
    assert_eq!(v["tool"]["name"], TOOL_NAME);
    assert_eq!(v["tool"]["version"], "0.1.0-test");
    assert_eq!(
        v["scan"],
        json!({
            "target": "./project",
            "timestamp": "2026-11-24T22:35:24Z",
            "duration": 1.234,
            "rules_executed": 4,
            "files_scanned": 12
        })
    );
    assert_eq!(v["summary"]["total"], 3);
    assert_eq!(v["summary"]["suppressed"], 1);
    assert_eq!(
        v["summary"]["by_severity"],
        json!({"critical": 1, "high": 1, "medium": 1, "low": 0, "info": 0})
    );
    assert_eq!(
        v["summary"]["by_detection_type"],
        json!({"pattern": 2, "taint-local": 0, "taint-global": 1})
    );
    assert_eq!(
        v["errors"],
        json!([
            "broken.py:3:7: syntax error: unexpected indent",
            "data/huge.py: skipped: larger than 1 MiB"
        ])
    );
}

#[test]
fn json_results() {
    let v = json_of(Format::Json, &common::report());
    let results = &v["results"];
    assert_eq!(
        results.as_array().unwrap().len(),
        3,
        "suppressed findings stay out of results"
    );

    let module = result_for(results, BIND, "rule_id");
    let keys: Vec<&str> = module
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "rule_id",
            "rule_name",
            "message",
            "severity",
            "confidence",
            "location",
            "detection",
            "metadata",
            "fingerprint"
        ]
    );
    assert_eq!(
        module["location"],
        json!({
            "file": "server.py", "line": 4, "column": 1, "end_line": 4, "end_column": 26,
            "snippet": {"start_line": 4, "end_line": 4, "lines": ["s.bind((\"0.0.0.0\", 8080))"]}
        })
    );
    assert_eq!(
        module["detection"],
        json!({"type": "pattern", "confidence_score": 1.0})
    );
    assert_eq!(
        module["metadata"],
        json!({
            "cwe": ["CWE-200"],
            "owasp": ["A03:2021"],
            "references": ["https://cwe.mitre.org/data/definitions/200.html"]
        })
    );
    assert_eq!(module["fingerprint"].as_str().unwrap().len(), 32);

    let method = result_for(results, EVAL, "rule_id");
    assert_eq!(method["message"], TRICKY_MESSAGE);
    assert_eq!(method["confidence"], "medium");
    assert_eq!(method["location"]["function"], "Server.start");
    assert_eq!(method["location"]["snippet"]["end_line"], 22);
    assert_eq!(
        method["location"]["snippet"]["lines"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let taint = result_for(results, CMDI, "rule_id");
    let d = &taint["detection"];
    assert_eq!(d["type"], "taint-global");
    assert_eq!(d["scope"], "global");
    assert_eq!(
        d["source"],
        json!({"file": "views.py", "line": 10, "column": 11})
    );
    assert_eq!(
        d["sink"],
        json!({"file": "utils/run.py", "line": 5, "column": 5, "call": "os.system"})
    );
    assert_eq!(d["tainted_variable"], "cmd");
    let flow = d["flow"].as_array().unwrap();
    assert_eq!(flow.len(), 3);
    assert_eq!(flow[1]["message"], "assigned to cmd");
    assert_eq!(taint["metadata"]["cwe"], json!(["CWE-78", "CWE-88"]));
}

#[test]
fn json_empty_report() {
    let v = json_of(Format::Json, &common::empty_report());
    assert_eq!(v["results"], json!([]));
    assert_eq!(v["summary"]["total"], 0);
    assert_eq!(v["errors"], json!([]));
}

// ---- SARIF ----

#[test]
fn sarif_driver_lists_every_rule() {
    let v = json_of(Format::Sarif, &common::report());
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"]
        .as_str()
        .unwrap()
        .ends_with("sarif-schema-2.1.0.json"));
    let run = &v["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], TOOL_NAME);
    assert_eq!(driver["semanticVersion"], "0.1.0-test");
    assert_eq!(driver["version"], "0.1.0-test");

    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [BIND, EVAL, CMDI, UNUSED],
        "rules without results are listed too"
    );

    let cmdi = &rules[2];
    assert_eq!(cmdi["name"], "Command Injection via os.system");
    assert_eq!(
        cmdi["shortDescription"]["text"],
        "Command Injection via os.system."
    );
    assert_eq!(
        cmdi["help"]["markdown"],
        "## Command Injection via os.system\n\nAvoid it."
    );
    assert_eq!(
        cmdi["helpUri"],
        format!("https://pathfinder.example/rules/{CMDI}")
    );
    assert_eq!(cmdi["defaultConfiguration"]["level"], "error");
    assert_eq!(
        cmdi["properties"],
        json!({
            "tags": ["security", "external/cwe/cwe-78", "external/cwe/cwe-88", "python"],
            "precision": "high",
            "security-severity": "9.5"
        })
    );
    assert_eq!(rules[0]["defaultConfiguration"]["level"], "warning");

    let unused = &rules[3];
    let full = unused["fullDescription"]["text"].as_str().unwrap();
    assert_eq!(full.chars().count(), 1024);
    assert!(full.ends_with('…'));
    assert_eq!(unused["defaultConfiguration"]["level"], "note");
    assert!(unused.get("helpUri").is_none());

    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["automationDetails"]["id"], "pathfinder/");
    assert!(run["originalUriBaseIds"]["%SRCROOT%"].is_object());
}

#[test]
fn sarif_results() {
    let report = common::report();
    let v = json_of(Format::Sarif, &report);
    let run = &v["runs"][0];
    let results = &run["results"];
    assert_eq!(
        results.as_array().unwrap().len(),
        4,
        "suppressed findings are emitted as suppressed"
    );

    // Rule indices point at the right descriptor.
    for r in results.as_array().unwrap() {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][i]["id"], r["ruleId"]);
    }

    let module = &results[1];
    assert_eq!(module["ruleId"], BIND);
    assert_eq!(module["level"], "warning");
    assert_eq!(
        module["locations"][0],
        json!({
            "physicalLocation": {
                "artifactLocation": {"uri": "server.py", "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": 4, "startColumn": 1, "endLine": 4, "endColumn": 26,
                    "snippet": {"text": "s.bind((\"0.0.0.0\", 8080))"}
                }
            }
        }),
        "module-level findings keep their file and get no logical location"
    );
    let fp = report.findings[1].fingerprint.as_str();
    assert_eq!(
        module["partialFingerprints"],
        json!({"primaryLocationLineHash": fp, "pathfinder/v1": fp})
    );
    assert!(
        module.get("codeFlows").is_none(),
        "pattern findings have no code flow"
    );
    assert!(module.get("suppressions").is_none());
    assert_eq!(
        module["properties"],
        json!({"confidence": "high", "detection": "pattern"})
    );

    let method = result_for(results, EVAL, "ruleId");
    assert_eq!(method["message"]["text"], TRICKY_MESSAGE);
    assert_eq!(method["level"], "error");
    assert_eq!(
        method["locations"][0]["logicalLocations"],
        json!([{"name": "start", "fullyQualifiedName": "Server.start"}])
    );

    let taint = result_for(results, CMDI, "ruleId");
    let steps = taint["codeFlows"][0]["threadFlows"][0]["locations"]
        .as_array()
        .unwrap();
    assert_eq!(steps.len(), 3);
    assert_eq!(
        steps[0]["location"]["message"]["text"],
        "source: request.args.get"
    );
    assert_eq!(
        steps[0]["location"]["physicalLocation"]["artifactLocation"]["uri"],
        "views.py"
    );
    assert_eq!(
        steps[2]["location"]["physicalLocation"]["region"]["startLine"],
        5
    );

    let suppressed = &results[3];
    assert_eq!(suppressed["ruleId"], BIND);
    assert_eq!(suppressed["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        suppressed["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tools/dev_server.py"
    );
}

#[test]
fn sarif_warnings_become_notifications() {
    let v = json_of(Format::Sarif, &common::report());
    let invocation = &v["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(
        notes[0],
        json!({
            "level": "warning",
            "message": {"text": "syntax error: unexpected indent"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "broken.py", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 3, "startColumn": 7}
            }}]
        })
    );
    assert!(notes[1]["locations"][0]["physicalLocation"]
        .get("region")
        .is_none());
}

// ---- CSV ----

#[test]
fn csv_round_trips_through_a_reader() {
    let report = common::report();
    let out = render(Format::Csv, &report, &PLAIN);
    assert!(out.starts_with(
        "severity,confidence,rule_id,rule_name,cwe,owasp,file,line,column,function,message,detection_type,\
         detection_scope,source_file,source_line,sink_file,sink_line,tainted_var,sink_call\n"
    ));

    let mut reader = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(reader.headers().unwrap(), CSV_HEADER.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "one row per unsuppressed finding");

    let method: Vec<&str> = rows[0].iter().collect();
    assert_eq!(
        method,
        [
            "high",
            "medium",
            EVAL,
            "Eval on Untrusted Data",
            "CWE-95",
            "A03:2021",
            "app/handlers.py",
            "21",
            "16",
            "Server.start",
            TRICKY_MESSAGE,
            "pattern",
            "",
            "",
            "",
            "",
            "",
            "",
            ""
        ]
    );

    let module: Vec<&str> = rows[1].iter().collect();
    assert_eq!(
        module[6..10],
        ["server.py", "4", "1", ""],
        "module level: file set, function empty"
    );

    let taint: Vec<&str> = rows[2].iter().collect();
    assert_eq!(taint[4], "CWE-78;CWE-88");
    assert_eq!(
        taint[11..],
        [
            "taint-global",
            "global",
            "views.py",
            "10",
            "utils/run.py",
            "5",
            "cmd",
            "os.system"
        ]
    );
}

#[test]
fn csv_empty_report_is_just_the_header() {
    let out = render(Format::Csv, &common::empty_report(), &PLAIN);
    assert_eq!(out, format!("{}\n", CSV_HEADER.join(",")));
}

// ---- text ----

#[test]
fn text_shows_message_snippet_and_flow() {
    let out = render(Format::Text, &common::report(), &PLAIN);
    assert!(
        !out.contains('\x1b'),
        "no ANSI codes without colour:\n{out}"
    );

    assert!(out.starts_with("pathfinder 0.1.0-test scan of ./project\n"));
    // Groups, most severe first.
    let critical = out.find("Critical (1)").unwrap();
    let high = out.find("High (1)").unwrap();
    let medium = out.find("Medium (1)").unwrap();
    assert!(critical < high && high < medium, "{out}");

    assert!(out.contains(&format!("[high] {EVAL}: Eval on Untrusted Data\n")));
    assert!(out.contains("    app/handlers.py:21:16 in Server.start\n"));
    // The message, multi-line included.
    assert!(out.contains(
        "    eval() of \"user, data\" in Server.start\n    second line: naïve — 日本語\n"
    ));
    assert!(out.contains("    CWE-95 | A03:2021\n"));
    // Snippet lines with gutter numbers and markers.
    assert!(
        out.contains("    > 21 |         result = eval(\"1, 2\" +\n"),
        "{out}"
    );
    assert!(
        out.contains("    > 22 |                       data)  # ünïcode, \"quoted\"\n"),
        "{out}"
    );
    // Module-level finding: file:line:column, no function.
    assert!(out.contains("    server.py:4:1\n"));
    // Taint path source → … → sink.
    assert!(out.contains(
        "    flow: views.py:10 source: request.args.get\n        → views.py:11 assigned to cmd\n        → utils/run.py:5 sink: os.system\n"
    ), "{out}");

    assert!(out.contains(
        "3 findings (1 critical, 1 high, 1 medium) in 12 files, 4 rules, 1 suppressed, took 1234 ms\n"
    ), "{out}");
    assert!(out.contains("2 warnings:\n  broken.py:3:7: syntax error: unexpected indent\n"));
    assert!(
        !out.contains("dev_server.py"),
        "suppressed findings only in verbose output"
    );
}

#[test]
fn text_verbose_and_color() {
    let out = render(
        Format::Text,
        &common::report(),
        &RenderOptions {
            color: true,
            verbose: true,
        },
    );
    assert!(out.contains("\x1b["));
    assert!(out.contains("Suppressed (1)"));
    assert!(out.contains("tools/dev_server.py:7:5"));
    assert!(out.contains("detection: taint-global"));
}

#[test]
fn text_no_findings() {
    let out = render(Format::Text, &common::empty_report(), &PLAIN);
    assert!(out.contains("\nNo findings.\n"), "{out}");
    assert!(
        out.ends_with("0 findings in 3 files, 4 rules, 0 suppressed, took 5 ms\n"),
        "{out}"
    );
}

#[test]
fn text_escapes_terminal_control_sequences_from_scanned_code() {
    let mut report = common::report();
    report.findings[0].snippet = "x = '\x1b[2J'".into();
    let out = render(Format::Text, &report, &PLAIN);
    assert!(!out.contains('\x1b'));
    assert!(out.contains("x = '\\u{1b}[2J'"));
}
