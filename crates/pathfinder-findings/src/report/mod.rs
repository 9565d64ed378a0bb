//! Reporters: render a [`ScanReport`](crate::ScanReport) as text, JSON, SARIF 2.1.0, CSV, GitLab code quality
//! or JUnit XML.
//!
//! Every reporter is a pure function of the report, so the same scan always renders byte-identically.

mod csv;
mod gitlab;
mod json;
mod junit;
mod sarif;
mod text;

use crate::{Detection, Finding, FlowStep, RuleInfo, ScanReport, Severity, StepKind};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

pub use self::csv::HEADER as CSV_HEADER;
pub use gitlab::gitlab_severity;
pub use junit::WARNINGS_SUITE as JUNIT_WARNINGS_SUITE;
pub use sarif::{MAX_RESULTS as SARIF_MAX_RESULTS, SCHEMA_URI as SARIF_SCHEMA_URI};
pub use text::escape_untrusted;

pub const TOOL_NAME: &str = "pathfinder";
pub const INFORMATION_URI: &str = "https://github.com/pathfinder-sast/pathfinder";

/// Output format of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Csv,
    /// GitLab code quality (Code Climate issues).
    Gitlab,
    Junit,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Csv,
        Format::Gitlab,
        Format::Junit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Csv => "csv",
            Format::Gitlab => "gitlab",
            Format::Junit => "junit",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Returned by `"xml".parse::<Format>()`; its message lists the accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFormatError(String);

impl fmt::Display for ParseFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let valid: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        write!(
            f,
            "unknown output format `{}` (expected one of: {})",
            self.0,
            valid.join(", ")
        )
    }
}

impl std::error::Error for ParseFormatError {}

impl FromStr for Format {
    type Err = ParseFormatError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParseFormatError(s.to_string()))
    }
}

/// Presentation switches. Only the text format looks at them; machine formats are fixed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// ANSI colours. The caller decides (TTY, `NO_COLOR`, `--color`).
    pub color: bool,
    /// Text: full snippets, confidence/detection/fingerprint, suppressed findings, every warning.
    pub verbose: bool,
}

/// Render `report` in `format`. The result ends with a newline.
pub fn render(format: Format, report: &ScanReport, opts: &RenderOptions) -> String {
    match format {
        Format::Text => text::render(report, opts),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Csv => csv::render(report),
        Format::Gitlab => gitlab::render(report),
        Format::Junit => junit::render(report),
    }
}

// ---- helpers shared by the reporters ----

/// Unsuppressed findings per severity, indexed like [`Severity::ALL_DESC`].
fn severity_counts(findings: &[Finding]) -> [usize; 5] {
    let mut counts = [0; 5];
    for f in findings {
        let i = Severity::ALL_DESC
            .iter()
            .position(|s| *s == f.severity)
            .expect("ALL_DESC lists every severity");
        counts[i] += 1;
    }
    counts
}

fn rules_by_id(rules: &[RuleInfo]) -> HashMap<&str, &RuleInfo> {
    // First definition wins, matching the order rules ran in.
    let mut map = HashMap::with_capacity(rules.len());
    for r in rules {
        map.entry(r.id.as_str()).or_insert(r);
    }
    map
}

fn detection_scope(d: Detection) -> Option<&'static str> {
    match d {
        Detection::Pattern => None,
        Detection::TaintLocal => Some("local"),
        Detection::TaintGlobal => Some("global"),
    }
}

/// Source and sink of a taint finding: the first and last flow steps.
fn source_sink(f: &Finding) -> Option<(&FlowStep, &FlowStep)> {
    Some((f.flow.first()?, f.flow.last()?))
}

/// The sink call name: the subject of a typed sink step (a step of an older report without a kind: its
/// `"sink: os.system"` message).
fn sink_call(step: &FlowStep) -> Option<&str> {
    match step.kind {
        StepKind::Sink => Some(step.subject.as_str()),
        StepKind::Step => step.message.strip_prefix("sink:").map(str::trim),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// The first variable the tainted value was bound to: the subject of the first assignment step (for a
/// step without a kind, its `"assigned to cmd"` message).
fn tainted_var(f: &Finding) -> Option<&str> {
    f.flow.iter().find_map(|s| {
        match s.kind {
            StepKind::Assignment => Some(s.subject.as_str()),
            StepKind::Step => s.message.strip_prefix("assigned to").map(str::trim),
            _ => None,
        }
        .filter(|v| !v.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_parses_case_insensitively() {
        assert_eq!("SARIF".parse::<Format>(), Ok(Format::Sarif));
        assert_eq!(" json ".parse::<Format>(), Ok(Format::Json));
        for f in Format::ALL {
            assert_eq!(f.to_string().parse::<Format>(), Ok(f));
        }
    }

    #[test]
    fn format_error_lists_valid_values() {
        let err = "xml".parse::<Format>().unwrap_err().to_string();
        assert!(err.contains("`xml`"), "{err}");
        assert!(
            err.contains("text, json, sarif, csv, gitlab, junit"),
            "{err}"
        );
    }
}
