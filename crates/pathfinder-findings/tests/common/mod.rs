//! A realistic scan report shared by the reporter tests.
#![allow(dead_code)] // each test binary uses a different subset

use pathfinder_findings::{
    Confidence, Detection, Diagnostic, Finding, FlowStep, Location, RuleInfo, ScanReport, Severity,
    StepKind,
};

pub const BIND: &str = "PYTHON-LANG-SEC-070";
pub const EVAL: &str = "PYTHON-LANG-SEC-100";
pub const CMDI: &str = "PYTHON-FLASK-SEC-001";
pub const UNUSED: &str = "PYTHON-LANG-SEC-999";

/// A message with everything CSV and terminals must survive: quotes, commas, a newline, non-ASCII.
pub const TRICKY_MESSAGE: &str =
    "eval() of \"user, data\" in Server.start\nsecond line: naïve — 日本語";

pub fn loc(file: &str, line: u32, column: u32, end_line: u32, end_column: u32) -> Location {
    Location {
        file: file.into(),
        line,
        column,
        end_line,
        end_column,
    }
}

fn rule(id: &str, name: &str, severity: Severity, cwe: &[&str]) -> RuleInfo {
    RuleInfo {
        id: id.into(),
        name: name.into(),
        severity: Some(severity),
        cwe: cwe.iter().map(|c| c.to_string()).collect(),
        owasp: vec!["A03:2021".into()],
        short_description: format!("{name}."),
        full_description: format!("{name}: a longer paragraph."),
        help_text: format!("Avoid {name}."),
        help_markdown: format!("## {name}\n\nAvoid it."),
        tags: vec!["python".into()],
        precision: "high".into(),
        help_uri: Some(format!("https://pathfinder.example/rules/{id}")),
        references: vec![format!(
            "https://cwe.mitre.org/data/definitions/{}.html",
            &cwe[0][4..]
        )],
    }
}

fn finding(rule: &RuleInfo, location: Location, snippet: &str, message: &str) -> Finding {
    Finding {
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        severity: rule.severity.unwrap(),
        confidence: Confidence::High,
        cwe: rule.cwe.clone(),
        owasp: rule.owasp.clone(),
        message: message.into(),
        fingerprint: pathfinder_findings::fingerprint(&rule.id, &location.file, None, snippet, 0),
        location,
        function: None,
        snippet: snippet.into(),
        detection: Detection::Pattern,
        flow: vec![],
        suppressed: false,
        related_rules: Vec::new(),
    }
}

fn step(location: Location, message: &str, snippet: &str) -> FlowStep {
    FlowStep {
        location,
        message: message.into(),
        snippet: snippet.into(),
        kind: StepKind::default(),
        subject: String::new(),
    }
}

pub fn report() -> ScanReport {
    let bind = rule(
        BIND,
        "Socket Bind to All Interfaces",
        Severity::Medium,
        &["CWE-200"],
    );
    let eval = rule(EVAL, "Eval on Untrusted Data", Severity::High, &["CWE-95"]);
    let cmdi = rule(
        CMDI,
        "Command Injection via os.system",
        Severity::Critical,
        &["CWE-78", "CWE-88"],
    );
    let mut unused = rule(
        UNUSED,
        "Rule Without Findings",
        Severity::Low,
        &["CWE-1333"],
    );
    unused.full_description = "x".repeat(1500);
    unused.help_uri = None;

    // Module level: no enclosing function, but always a file.
    let module_level = finding(
        &bind,
        loc("server.py", 4, 1, 4, 26),
        r#"s.bind(("0.0.0.0", 8080))"#,
        "Socket bound to 0.0.0.0 (all interfaces). Bind to a specific interface in production.",
    );

    let mut in_method = finding(
        &eval,
        loc("app/handlers.py", 21, 16, 22, 30),
        "        result = eval(\"1, 2\" +\n                      data)  # ünïcode, \"quoted\"",
        TRICKY_MESSAGE,
    );
    in_method.function = Some("Server.start".into());
    in_method.confidence = Confidence::Medium;

    let mut taint = finding(
        &cmdi,
        loc("utils/run.py", 5, 5, 5, 19),
        "    os.system(cmd)",
        "User input from request.args.get reaches os.system",
    );
    taint.function = Some("run".into());
    taint.detection = Detection::TaintGlobal;
    taint.flow = vec![
        step(
            loc("views.py", 10, 11, 10, 40),
            "source: request.args.get",
            "    name = request.args.get(\"name\")",
        ),
        step(
            loc("views.py", 11, 5, 11, 8),
            "assigned to cmd",
            "    cmd = \"echo \" + name",
        ),
        step(
            loc("utils/run.py", 5, 5, 5, 19),
            "sink: os.system",
            "    os.system(cmd)",
        ),
    ];

    let mut suppressed = finding(
        &bind,
        loc("tools/dev_server.py", 7, 5, 7, 30),
        r#"    s.bind(("0.0.0.0", 9000))  # pathfinder: ignore"#,
        "Socket bound to 0.0.0.0 (all interfaces). Bind to a specific interface in production.",
    );
    suppressed.function = Some("main".into());
    suppressed.suppressed = true;

    ScanReport {
        tool_version: "0.1.0-test".into(),
        target: "./project".into(),
        timestamp: "2026-11-24T22:35:24Z".into(),
        duration_ms: 1234,
        files_scanned: 12,
        rules: vec![bind, eval, cmdi, unused],
        // Sorted like the engine sorts: by file, then position.
        findings: vec![in_method, module_level, taint],
        suppressed: vec![suppressed],
        warnings: vec![
            Diagnostic {
                path: "broken.py".into(),
                line: Some(3),
                column: Some(7),
                message: "syntax error: unexpected indent".into(),
            },
            Diagnostic {
                path: "data/huge.py".into(),
                line: None,
                column: None,
                message: "skipped: larger than 1 MiB".into(),
            },
        ],
    }
}

pub fn empty_report() -> ScanReport {
    ScanReport {
        tool_version: "0.1.0-test".into(),
        target: ".".into(),
        timestamp: "2026-11-24T22:35:24Z".into(),
        duration_ms: 5,
        files_scanned: 3,
        rules: report().rules,
        ..ScanReport::default()
    }
}
