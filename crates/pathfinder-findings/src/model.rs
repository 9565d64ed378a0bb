use serde::{Deserialize, Serialize};
use std::fmt;

/// Severity, ordered from least to most severe so `>=` means "at least as bad".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL_DESC: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    /// Case-insensitive; unknown words are `None` so callers decide whether that is an error.
    pub fn parse(s: &str) -> Option<Severity> {
        match s.trim().to_ascii_lowercase().as_str() {
            "critical" => Some(Severity::Critical),
            "high" => Some(Severity::High),
            "medium" => Some(Severity::Medium),
            "low" => Some(Severity::Low),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    /// GitHub code scanning reads this string to rank alerts.
    pub fn security_severity(self) -> &'static str {
        match self {
            Severity::Critical => "9.5",
            Severity::High => "8.0",
            Severity::Medium => "5.5",
            Severity::Low => "3.0",
            Severity::Info => "0.5",
        }
    }

    pub fn sarif_level(self) -> &'static str {
        match self {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "note",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
    pub fn score(self) -> f64 {
        match self {
            Confidence::High => 1.0,
            Confidence::Medium => 0.7,
            Confidence::Low => 0.4,
        }
    }
}

/// How a finding was produced. Plain matcher hits are `Pattern`; never labelled as taint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Detection {
    #[serde(rename = "pattern")]
    Pattern,
    #[serde(rename = "taint-local")]
    TaintLocal,
    #[serde(rename = "taint-global")]
    TaintGlobal,
}

impl Detection {
    pub fn as_str(self) -> &'static str {
        match self {
            Detection::Pattern => "pattern",
            Detection::TaintLocal => "taint-local",
            Detection::TaintGlobal => "taint-global",
        }
    }
}

/// A source range. Lines and columns are 1-based; columns count Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Location {
    /// Path relative to the project root, `/`-separated.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// What a taint step does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    /// Where the data enters (a source call, attribute or parameter).
    Source,
    /// Bound to a name or stored in a container or attribute.
    Assignment,
    /// Passed into, through or returned by a call.
    Call,
    /// Returned by a function.
    Return,
    /// The operation the rule reports.
    Sink,
    /// Not known (a step read from an older report).
    #[default]
    Step,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Source => "source",
            StepKind::Assignment => "assignment",
            StepKind::Call => "call",
            StepKind::Return => "return",
            StepKind::Sink => "sink",
            StepKind::Step => "step",
        }
    }
}

/// One step of a taint path (source, intermediate assignments, sink).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowStep {
    pub location: Location,
    /// What happens here, e.g. "source: request.args.get", "assigned to cmd", "sink: os.system".
    pub message: String,
    pub snippet: String,
    /// What the step does, as the engine typed it.
    #[serde(default)]
    pub kind: StepKind,
    /// The name the step is about: the variable (`cmd`), the callee (`os.system`), the source text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
}

/// The parts of a rule that reporters show. Built from `rule.py` + `meta.yaml` by the rules crate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleInfo {
    pub id: String,
    pub name: String,
    pub severity: Option<Severity>,
    /// e.g. `["CWE-200"]`
    pub cwe: Vec<String>,
    /// e.g. `["A05:2021"]`
    pub owasp: Vec<String>,
    /// One line.
    pub short_description: String,
    /// A paragraph (SARIF caps it at 1024 chars; the reporter truncates).
    pub full_description: String,
    pub help_text: String,
    pub help_markdown: String,
    pub tags: Vec<String>,
    /// `very-high`, `high`, `medium` or `low` (SARIF `precision`).
    pub precision: String,
    pub help_uri: Option<String>,
    pub references: Vec<String>,
}

/// A finding with everything every consumer needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule_id: String,
    pub rule_name: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub message: String,
    pub location: Location,
    /// Qualified name of the enclosing function or class (`Server.start`), `None` at module level.
    pub function: Option<String>,
    /// The source lines of `location` (start..=end line), without trailing newline.
    pub snippet: String,
    pub detection: Detection,
    /// Source → … → sink for taint findings; empty for pattern findings.
    pub flow: Vec<FlowStep>,
    /// Stable across unrelated edits: derived from rule, file, enclosing scope and the flagged code, not line numbers.
    pub fingerprint: String,
    /// Set when an inline `# pathfinder: ignore` comment covers this finding.
    pub suppressed: bool,
    /// Other rules that reported the same weakness (CWE family) on the same code and were merged into
    /// this, the most specific, finding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_rules: Vec<String>,
}

/// A problem that did not stop the scan (unreadable file, syntax error, ...). Always names the path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub path: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// The result of one scan: what reporters render.
#[derive(Debug, Clone, Default)]
pub struct ScanReport {
    pub tool_version: String,
    /// The project path as the user gave it.
    pub target: String,
    /// RFC 3339 UTC start time.
    pub timestamp: String,
    pub duration_ms: u64,
    pub files_scanned: usize,
    /// Every rule that ran (reporters list these in SARIF even without results).
    pub rules: Vec<RuleInfo>,
    /// Unsuppressed findings, sorted and deduplicated.
    pub findings: Vec<Finding>,
    /// Findings silenced by inline comments (counted in summaries, emitted as suppressed in SARIF).
    pub suppressed: Vec<Finding>,
    pub warnings: Vec<Diagnostic>,
}

/// The weakness family of a CWE id (`CWE-95` and `CWE-94` are both code injection): findings of one
/// family on one piece of code are one weakness. CWEs without a family are their own family.
pub fn cwe_family(cwe: &str) -> &str {
    const FAMILIES: &[(&str, &[&str])] = &[
        ("code-injection", &["CWE-94", "CWE-95", "CWE-1336"]),
        ("command-injection", &["CWE-77", "CWE-78", "CWE-88"]),
        ("sql-injection", &["CWE-89", "CWE-564", "CWE-943"]),
        ("xss", &["CWE-79", "CWE-80", "CWE-83"]),
        ("path-traversal", &["CWE-22", "CWE-23", "CWE-36", "CWE-73"]),
        (
            "weak-crypto",
            &[
                "CWE-326", "CWE-327", "CWE-328", "CWE-759", "CWE-760", "CWE-916",
            ],
        ),
        ("hardcoded-credentials", &["CWE-259", "CWE-321", "CWE-798"]),
        ("certificate-validation", &["CWE-295", "CWE-297"]),
        ("xml-entities", &["CWE-611", "CWE-776", "CWE-827"]),
        ("insecure-cookie", &["CWE-614", "CWE-1004", "CWE-1275"]),
    ];
    FAMILIES
        .iter()
        .find(|(_, members)| members.contains(&cwe))
        .map_or(cwe, |(family, _)| family)
}

/// Stable fingerprint: rule + file + enclosing scope + whitespace-normalised flagged code + its occurrence
/// index among identical (rule, file, scope, code) tuples. Line numbers are deliberately left out.
pub fn fingerprint(
    rule_id: &str,
    file: &str,
    scope: Option<&str>,
    code: &str,
    occurrence: usize,
) -> String {
    use sha2::{Digest, Sha256};
    let normalized: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut h = Sha256::new();
    for part in [
        rule_id,
        file,
        scope.unwrap_or(""),
        &normalized,
        &occurrence.to_string(),
    ] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    let digest = h.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_order_and_parse() {
        assert!(Severity::Critical > Severity::High);
        assert!(Severity::Low > Severity::Info);
        assert_eq!(Severity::parse(" HIGH "), Some(Severity::High));
        assert_eq!(Severity::parse("severe"), None);
    }

    #[test]
    fn cwe_families_group_one_weakness() {
        assert_eq!(cwe_family("CWE-95"), cwe_family("CWE-94"));
        assert_eq!(cwe_family("CWE-327"), cwe_family("CWE-916"));
        assert_ne!(cwe_family("CWE-78"), cwe_family("CWE-89"));
        assert_eq!(cwe_family("CWE-200"), "CWE-200");
    }

    #[test]
    fn fingerprint_ignores_whitespace_but_not_scope() {
        let a = fingerprint("R", "a.py", Some("f"), "s.bind(( '0.0.0.0', 1))", 0);
        let b = fingerprint("R", "a.py", Some("f"), "s.bind((  '0.0.0.0',   1))", 0);
        let c = fingerprint("R", "a.py", Some("g"), "s.bind(( '0.0.0.0', 1))", 0);
        let d = fingerprint("R", "a.py", Some("f"), "s.bind(( '0.0.0.0', 1))", 1);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_eq!(a.len(), 32);
    }
}
