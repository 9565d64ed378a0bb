//! GitLab code-quality report (the Code Climate issue format GitLab reads from `artifacts:reports:codequality`).
//!
//! A JSON array with one issue per unsuppressed finding. GitLab needs `description`, `check_name`,
//! `fingerprint`, `severity` and `location.path` + `location.lines.begin`; the rest follows the Code Climate
//! spec so other Code Climate consumers read it too.

use super::TOOL_NAME;
use crate::{Finding, FlowStep, ScanReport, Severity};
use serde::Serialize;

pub(super) fn render(report: &ScanReport) -> String {
    let issues: Vec<Issue> = report.findings.iter().map(issue).collect();
    let mut out = serde_json::to_string_pretty(&issues).expect("issues serialize to JSON");
    out.push('\n');
    out
}

/// Code Climate's five levels, one per pathfinder severity, in the same order.
pub fn gitlab_severity(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Low => "minor",
        Severity::Medium => "major",
        Severity::High => "critical",
        Severity::Critical => "blocker",
    }
}

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: &'a str,
    description: String,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: &'a str,
    engine_name: &'static str,
    location: IssueLocation<'a>,
    /// The rest of a taint path (source and intermediate steps) so a reader can follow it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_locations: Vec<IssueLocation<'a>>,
}

#[derive(Serialize)]
struct IssueLocation<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
    end: u32,
}

fn issue(f: &Finding) -> Issue<'_> {
    Issue {
        kind: "issue",
        check_name: &f.rule_id,
        // The merge-request widget shows only this line, so it names the rule too.
        description: format!("{}: {}", f.rule_id, f.message),
        categories: ["Security"],
        severity: gitlab_severity(f.severity),
        fingerprint: &f.fingerprint,
        engine_name: TOOL_NAME,
        location: IssueLocation {
            path: &f.location.file,
            lines: lines(f.location.line, f.location.end_line),
        },
        other_locations: f
            .flow
            .iter()
            .filter(|s| s.location != f.location)
            .map(step_location)
            .collect(),
    }
}

fn step_location(s: &FlowStep) -> IssueLocation<'_> {
    IssueLocation {
        path: &s.location.file,
        lines: lines(s.location.line, s.location.end_line),
    }
}

/// GitLab drops issues whose line is 0; a finding without a known line points at the first.
fn lines(begin: u32, end: u32) -> Lines {
    let begin = begin.max(1);
    Lines {
        begin,
        end: end.max(begin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_map_one_to_one_and_keep_their_order() {
        let levels = ["info", "minor", "major", "critical", "blocker"];
        let mapped: Vec<&str> = Severity::ALL_DESC
            .iter()
            .rev()
            .map(|s| gitlab_severity(*s))
            .collect();
        assert_eq!(mapped, levels);
    }

    #[test]
    fn unknown_lines_become_line_one() {
        let l = lines(0, 0);
        assert_eq!((l.begin, l.end), (1, 1));
        let l = lines(7, 3);
        assert_eq!((l.begin, l.end), (7, 7));
    }
}
