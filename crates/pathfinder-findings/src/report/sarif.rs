//! SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! Fixes over the reference tool: every rule that ran is described (not only those with results), module-level
//! findings are kept, results carry level, region columns, fingerprints and the full taint path, suppressed
//! findings are reported as suppressed, and scan warnings become tool notifications.

use super::{rules_by_id, INFORMATION_URI, TOOL_NAME};
use crate::{Finding, FlowStep, Location, RuleInfo, ScanReport, Severity};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// GitHub code scanning rejects runs with more results than this.
pub const MAX_RESULTS: usize = 25_000;
/// GitHub truncates longer rule descriptions.
const MAX_FULL_DESCRIPTION: usize = 1024;
const SRCROOT: &str = "%SRCROOT%";

pub(super) fn render(report: &ScanReport) -> String {
    let mut out =
        serde_json::to_string_pretty(&log(report, MAX_RESULTS)).expect("SARIF is valid JSON");
    out.push('\n');
    out
}

/// The SARIF log as a JSON value (the descriptors it borrows from live only here).
fn log(report: &ScanReport, max_results: usize) -> Value {
    let rules = descriptors(report);
    let index: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();

    let mut findings: Vec<&Finding> = report.findings.iter().chain(&report.suppressed).collect();
    let mut notifications: Vec<Notification> = report
        .warnings
        .iter()
        .map(|w| Notification {
            level: "warning",
            message: Message::new(w.message.clone()),
            locations: vec![NotificationLocation {
                physical_location: PhysicalLocation {
                    artifact_location: artifact(&w.path),
                    region: w.line.filter(|l| *l > 0).map(|line| Region {
                        start_line: line,
                        start_column: w.column.filter(|c| *c > 0),
                        ..Region::default()
                    }),
                },
            }],
        })
        .collect();
    if findings.len() > max_results {
        // Keep the most severe; unsuppressed before suppressed within a severity (stable sort).
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        let dropped = findings.len() - max_results;
        findings.truncate(max_results);
        notifications.push(Notification {
            level: "warning",
            message: Message::new(format!(
                "{dropped} of {} results were left out: a SARIF run for GitHub code scanning holds at most \
                 {max_results}; use the JSON or CSV output for the full list",
                dropped + max_results
            )),
            locations: Vec::new(),
        });
    }

    let sarif = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: TOOL_NAME,
                    semantic_version: &report.tool_version,
                    version: &report.tool_version,
                    information_uri: INFORMATION_URI,
                    rules: rules.iter().map(|r| descriptor(r, report)).collect(),
                },
            },
            automation_details: AutomationDetails {
                // The trailing slash makes this a category: GitHub keeps one alert set per category.
                id: "pathfinder/",
            },
            original_uri_base_ids: json!({
                SRCROOT: { "description": { "text": "The root of the scanned project; result paths are relative to it." } }
            }),
            column_kind: "unicodeCodePoints",
            invocations: [Invocation {
                execution_successful: true,
                tool_execution_notifications: notifications,
            }],
            results: findings
                .into_iter()
                .map(|f| result(f, index[f.rule_id.as_str()]))
                .collect(),
        }],
    };
    serde_json::to_value(sarif).expect("SARIF serializes to JSON")
}

/// The run's rules: every rule that ran, plus a stand-in for any rule a finding names that was not listed, so
/// every `ruleIndex` points at a descriptor.
fn descriptors(report: &ScanReport) -> Vec<RuleInfo> {
    let mut rules: Vec<RuleInfo> = report.rules.clone();
    let known = rules_by_id(&report.rules);
    let mut extra: Vec<RuleInfo> = Vec::new();
    for f in report.findings.iter().chain(&report.suppressed) {
        if known.contains_key(f.rule_id.as_str()) || extra.iter().any(|r| r.id == f.rule_id) {
            continue;
        }
        extra.push(RuleInfo {
            id: f.rule_id.clone(),
            name: f.rule_name.clone(),
            severity: Some(f.severity),
            cwe: f.cwe.clone(),
            owasp: f.owasp.clone(),
            short_description: f.rule_name.clone(),
            ..RuleInfo::default()
        });
    }
    rules.extend(extra);
    // Duplicate ids would make `ruleIndex` ambiguous; keep the first.
    let mut seen = HashSet::new();
    rules.retain(|r| seen.insert(r.id.clone()));
    rules
}

fn descriptor<'a>(rule: &'a RuleInfo, report: &ScanReport) -> Descriptor<'a> {
    let short = first_non_empty([
        rule.short_description.as_str(),
        rule.name.as_str(),
        rule.id.as_str(),
    ]);
    let full = first_non_empty([rule.full_description.as_str(), short]);
    let help_text = first_non_empty([rule.help_text.as_str(), full]);
    let help_markdown = first_non_empty([rule.help_markdown.as_str(), help_text]);
    // Rules without a declared severity take the one their findings were reported with.
    let severity = rule.severity.or_else(|| {
        report
            .findings
            .iter()
            .chain(&report.suppressed)
            .find(|f| f.rule_id == rule.id)
            .map(|f| f.severity)
    });

    let mut tags: Vec<String> = vec!["security".to_string()];
    tags.extend(rule.cwe.iter().map(|c| cwe_tag(c)));
    tags.extend(rule.tags.iter().cloned());
    let mut seen = HashSet::new();
    tags.retain(|t| seen.insert(t.clone()));

    Descriptor {
        id: &rule.id,
        name: first_non_empty([rule.name.as_str(), rule.id.as_str()]),
        short_description: Message::new(short.to_string()),
        full_description: Message::new(truncate(full, MAX_FULL_DESCRIPTION)),
        help: MultiformatMessage {
            text: help_text,
            markdown: help_markdown,
        },
        help_uri: rule.help_uri.as_deref().filter(|u| !u.is_empty()),
        default_configuration: Configuration {
            level: severity.map_or("warning", Severity::sarif_level),
        },
        properties: DescriptorProperties {
            tags,
            precision: Some(rule.precision.as_str()).filter(|p| !p.is_empty()),
            security_severity: severity.map(Severity::security_severity),
        },
    }
}

fn result(f: &Finding, rule_index: usize) -> SarifResult<'_> {
    let logical_locations = f.function.as_deref().map(|qualified| {
        vec![LogicalLocation {
            name: qualified.rsplit('.').next().unwrap_or(qualified),
            fully_qualified_name: qualified,
        }]
    });
    let code_flows = (!f.flow.is_empty()).then(|| vec![code_flow(&f.flow)]);
    SarifResult {
        rule_id: &f.rule_id,
        rule_index,
        level: f.severity.sarif_level(),
        message: Message::new(f.message.clone()),
        locations: [ResultLocation {
            physical_location: physical(&f.location, &f.snippet),
            logical_locations,
        }],
        partial_fingerprints: PartialFingerprints {
            primary_location_line_hash: &f.fingerprint,
            pathfinder_v1: &f.fingerprint,
        },
        code_flows,
        // The same code, as reported by the rules merged into this finding (one finding per weakness).
        related_locations: (!f.related_rules.is_empty()).then(|| {
            f.related_rules
                .iter()
                .enumerate()
                .map(|(i, id)| RelatedLocation {
                    id: i,
                    physical_location: physical(&f.location, &f.snippet),
                    message: Message::new(format!("Also reported by {id} (same weakness)")),
                })
                .collect()
        }),
        suppressions: f.suppressed.then(|| {
            vec![Suppression {
                kind: "inSource",
                justification: "suppressed by a comment in the source (`# pathfinder: ignore`, or `# nosec`/`# nosemgrep` with honor-foreign-suppressions)",
            }]
        }),
        properties: ResultProperties {
            confidence: f.confidence.as_str(),
            detection: f.detection.as_str(),
            related_rules: &f.related_rules,
        },
    }
}

fn code_flow(steps: &[FlowStep]) -> CodeFlow<'_> {
    let (first, last) = (&steps[0].location, &steps[steps.len() - 1].location);
    CodeFlow {
        message: Message::new(format!(
            "Tainted data flows from {}:{} to {}:{}",
            first.file, first.line, last.file, last.line
        )),
        thread_flows: [ThreadFlow {
            locations: steps
                .iter()
                .map(|s| ThreadFlowLocation {
                    location: StepLocation {
                        physical_location: physical(&s.location, &s.snippet),
                        message: Message::new(s.message.clone()),
                    },
                })
                .collect(),
        }],
    }
}

fn physical<'a>(loc: &Location, snippet: &'a str) -> PhysicalLocation<'a> {
    let start_line = loc.line.max(1);
    let known_column = |c: u32| (c > 0).then_some(c);
    PhysicalLocation {
        artifact_location: artifact(&loc.file),
        region: Some(Region {
            start_line,
            start_column: known_column(loc.column),
            end_line: Some(loc.end_line.max(start_line)),
            end_column: known_column(loc.end_column),
            snippet: (!snippet.is_empty()).then_some(Snippet { text: snippet }),
        }),
    }
}

/// Project-relative paths resolve against `%SRCROOT%`; absolute ones (warnings about files outside the project)
/// become `file://` URIs.
fn artifact(path: &str) -> ArtifactLocation {
    if path.starts_with('/') {
        ArtifactLocation {
            uri: format!("file://{}", percent_encode_path(path)),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: percent_encode_path(path),
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// Percent-encode everything a URI path may not hold literally (spaces, `%`, `#`, `?`, non-ASCII, ...).
fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `CWE-79` → `external/cwe/cwe-79`, the tag GitHub links to the CWE entry.
fn cwe_tag(cwe: &str) -> String {
    let id = cwe.trim();
    let number = id
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("cwe-"))
        .map_or(id, |_| &id[4..]);
    format!("external/cwe/cwe-{}", number.to_ascii_lowercase())
}

fn first_non_empty<const N: usize>(candidates: [&str; N]) -> &str {
    candidates
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .unwrap_or("")
}

/// At most `max` characters, the last one `…` when something was cut.
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

// ---- the subset of the SARIF object model we emit ----

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    automation_details: AutomationDetails,
    original_uri_base_ids: Value,
    column_kind: &'static str,
    invocations: [Invocation; 1],
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    semantic_version: &'a str,
    version: &'a str,
    information_uri: &'static str,
    rules: Vec<Descriptor<'a>>,
}

#[derive(Serialize)]
struct AutomationDetails {
    id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<NotificationLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationLocation {
    physical_location: PhysicalLocation<'static>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Message,
    full_description: Message,
    help: MultiformatMessage<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'a str>,
    default_configuration: Configuration,
    properties: DescriptorProperties<'a>,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

impl Message {
    fn new(text: String) -> Message {
        Message { text }
    }
}

#[derive(Serialize)]
struct MultiformatMessage<'a> {
    text: &'a str,
    markdown: &'a str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct DescriptorProperties<'a> {
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<&'a str>,
    #[serde(rename = "security-severity", skip_serializing_if = "Option::is_none")]
    security_severity: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: [ResultLocation<'a>; 1],
    partial_fingerprints: PartialFingerprints<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code_flows: Option<Vec<CodeFlow<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related_locations: Option<Vec<RelatedLocation<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<Vec<Suppression>>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation<'a> {
    id: usize,
    physical_location: PhysicalLocation<'a>,
    message: Message,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation<'a> {
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logical_locations: Option<Vec<LogicalLocation<'a>>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    name: &'a str,
    fully_qualified_name: &'a str,
}

#[derive(Serialize)]
struct PartialFingerprints<'a> {
    #[serde(rename = "primaryLocationLineHash")]
    primary_location_line_hash: &'a str,
    #[serde(rename = "pathfinder/v1")]
    pathfinder_v1: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CodeFlow<'a> {
    message: Message,
    thread_flows: [ThreadFlow<'a>; 1],
}

#[derive(Serialize)]
struct ThreadFlow<'a> {
    locations: Vec<ThreadFlowLocation<'a>>,
}

#[derive(Serialize)]
struct ThreadFlowLocation<'a> {
    location: StepLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StepLocation<'a> {
    physical_location: PhysicalLocation<'a>,
    message: Message,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    justification: &'static str,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    confidence: &'static str,
    detection: &'static str,
    #[serde(rename = "relatedRules", skip_serializing_if = "<[String]>::is_empty")]
    related_rules: &'a [String],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Detection};

    fn finding(rule: &str, severity: Severity, line: u32) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: "Name".into(),
            severity,
            confidence: Confidence::High,
            cwe: vec![],
            owasp: vec![],
            message: "m".into(),
            location: Location {
                file: "a.py".into(),
                line,
                column: 1,
                end_line: line,
                end_column: 2,
            },
            function: None,
            snippet: "x".into(),
            detection: Detection::Pattern,
            flow: vec![],
            fingerprint: format!("fp{line}"),
            suppressed: false,
            related_rules: Vec::new(),
        }
    }

    #[test]
    fn cap_keeps_most_severe_and_notifies() {
        let report = ScanReport {
            findings: vec![
                finding("R1", Severity::Low, 1),
                finding("R1", Severity::Critical, 2),
                finding("R1", Severity::Medium, 3),
            ],
            ..ScanReport::default()
        };
        let v = log(&report, 2);
        let run = &v["runs"][0];
        let lines: Vec<_> = run["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].clone())
            .collect();
        assert_eq!(lines, [json!(2), json!(3)]);
        let note = &run["invocations"][0]["toolExecutionNotifications"][0];
        assert_eq!(note["level"], "warning");
        assert!(note["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("1 of 3 results were left out"));
    }

    #[test]
    fn unknown_rule_gets_a_descriptor() {
        let report = ScanReport {
            findings: vec![finding("GHOST", Severity::High, 1)],
            ..ScanReport::default()
        };
        let v = log(&report, MAX_RESULTS);
        let driver = &v["runs"][0]["tool"]["driver"];
        assert_eq!(driver["rules"][0]["id"], "GHOST");
        assert_eq!(driver["rules"][0]["defaultConfiguration"]["level"], "error");
        assert_eq!(v["runs"][0]["results"][0]["ruleIndex"], 0);
    }

    #[test]
    fn helpers() {
        assert_eq!(cwe_tag("CWE-78"), "external/cwe/cwe-78");
        assert_eq!(cwe_tag("cwe-200"), "external/cwe/cwe-200");
        assert_eq!(
            percent_encode_path("src/my app/é#1.py"),
            "src/my%20app/%C3%A9%231.py"
        );
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(first_non_empty(["", " ", "x"]), "x");
    }
}
