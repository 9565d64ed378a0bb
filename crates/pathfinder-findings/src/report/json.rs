//! JSON output, shaped like the reference tool's (`tool`, `scan`, `results`, `summary`, `errors`) so existing
//! `jq` pipelines keep working, with the fields it left empty (column, duration, file) filled in.

use super::{
    detection_scope, rules_by_id, severity_counts, sink_call, source_sink, tainted_var,
    INFORMATION_URI, TOOL_NAME,
};
use crate::{Detection, Finding, FlowStep, ScanReport, Severity, StepKind};
use serde::Serialize;
use serde_json::{Map, Value};

pub(super) fn render(report: &ScanReport) -> String {
    let rules = rules_by_id(&report.rules);
    let doc = Document {
        tool: Tool {
            name: TOOL_NAME,
            version: &report.tool_version,
            url: INFORMATION_URI,
        },
        scan: Scan {
            target: &report.target,
            timestamp: &report.timestamp,
            duration: report.duration_ms as f64 / 1000.0,
            rules_executed: report.rules.len(),
            files_scanned: report.files_scanned,
        },
        results: report
            .findings
            .iter()
            .map(|f| {
                let references = rules
                    .get(f.rule_id.as_str())
                    .map(|r| r.references.as_slice())
                    .unwrap_or_default();
                result(f, references)
            })
            .collect(),
        summary: summary(report),
        errors: report.warnings.iter().map(|w| w.to_string()).collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).expect("report serializes to JSON");
    out.push('\n');
    out
}

#[derive(Serialize)]
struct Document<'a> {
    tool: Tool<'a>,
    scan: Scan<'a>,
    results: Vec<JsonResult<'a>>,
    summary: Summary,
    /// Warnings as `path:line: message` strings.
    errors: Vec<String>,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'a str,
    version: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct Scan<'a> {
    target: &'a str,
    timestamp: &'a str,
    /// Seconds.
    duration: f64,
    rules_executed: usize,
    files_scanned: usize,
}

#[derive(Serialize)]
struct JsonResult<'a> {
    rule_id: &'a str,
    rule_name: &'a str,
    message: &'a str,
    severity: Severity,
    confidence: &'a str,
    location: JsonLocation<'a>,
    detection: JsonDetection<'a>,
    metadata: Metadata<'a>,
    fingerprint: &'a str,
    /// Rules that reported the same weakness here and were merged into this finding.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    related_rules: &'a [String],
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    function: Option<&'a str>,
    snippet: Snippet<'a>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    start_line: u32,
    end_line: u32,
    lines: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonDetection<'a> {
    #[serde(rename = "type")]
    kind: Detection,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'static str>,
    confidence_score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Endpoint<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sink: Option<Endpoint<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tainted_variable: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    flow: Option<Vec<Step<'a>>>,
}

#[derive(Serialize)]
struct Endpoint<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    call: Option<&'a str>,
}

#[derive(Serialize)]
struct Step<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
    snippet: &'a str,
    /// source, assignment, call, return or sink (absent when not known).
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

#[derive(Serialize)]
struct Metadata<'a> {
    cwe: &'a [String],
    owasp: &'a [String],
    references: &'a [String],
}

#[derive(Serialize)]
struct Summary {
    total: usize,
    suppressed: usize,
    /// Findings of other rules merged into a more specific finding of the same weakness.
    merged: usize,
    /// Every severity, critical first, zeros included so consumers need no defaults.
    by_severity: Map<String, Value>,
    by_detection_type: Map<String, Value>,
}

fn result<'a>(f: &'a Finding, references: &'a [String]) -> JsonResult<'a> {
    let loc = &f.location;
    let endpoint = |s: &'a FlowStep, call: Option<&'a str>| Endpoint {
        file: &s.location.file,
        line: s.location.line,
        column: s.location.column,
        call,
    };
    let ends = source_sink(f);
    JsonResult {
        rule_id: &f.rule_id,
        rule_name: &f.rule_name,
        message: &f.message,
        severity: f.severity,
        confidence: f.confidence.as_str(),
        location: JsonLocation {
            file: &loc.file,
            line: loc.line,
            column: loc.column,
            end_line: loc.end_line,
            end_column: loc.end_column,
            function: f.function.as_deref(),
            snippet: Snippet {
                start_line: loc.line,
                end_line: loc.end_line.max(loc.line),
                lines: f.snippet.lines().collect(),
            },
        },
        detection: JsonDetection {
            kind: f.detection,
            scope: detection_scope(f.detection),
            confidence_score: f.confidence.score(),
            source: ends.map(|(src, _)| endpoint(src, None)),
            sink: ends.map(|(_, sink)| endpoint(sink, sink_call(sink))),
            tainted_variable: tainted_var(f),
            flow: (!f.flow.is_empty()).then(|| {
                f.flow
                    .iter()
                    .map(|s| Step {
                        file: &s.location.file,
                        line: s.location.line,
                        column: s.location.column,
                        end_line: s.location.end_line,
                        end_column: s.location.end_column,
                        message: &s.message,
                        snippet: &s.snippet,
                        kind: (s.kind != StepKind::Step).then(|| s.kind.as_str()),
                    })
                    .collect()
            }),
        },
        metadata: Metadata {
            cwe: &f.cwe,
            owasp: &f.owasp,
            references,
        },
        fingerprint: &f.fingerprint,
        related_rules: &f.related_rules,
    }
}

fn summary(report: &ScanReport) -> Summary {
    let by_severity = Severity::ALL_DESC
        .iter()
        .zip(severity_counts(&report.findings))
        .map(|(s, n)| (s.as_str().to_string(), Value::from(n)))
        .collect();
    let by_detection_type = [
        Detection::Pattern,
        Detection::TaintLocal,
        Detection::TaintGlobal,
    ]
    .into_iter()
    .map(|d| {
        let n = report.findings.iter().filter(|f| f.detection == d).count();
        (d.as_str().to_string(), Value::from(n))
    })
    .collect();
    Summary {
        total: report.findings.len(),
        suppressed: report.suppressed.len(),
        merged: report.findings.iter().map(|f| f.related_rules.len()).sum(),
        by_severity,
        by_detection_type,
    }
}
