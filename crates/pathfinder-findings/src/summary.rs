//! The one-line account of a run that CI logs show: what was reported, what was hidden and why, and why the
//! exit code is what it is.

use crate::{Finding, Severity};

/// Findings left out of the report, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hidden {
    /// Silenced by suppression comments.
    pub suppressed: usize,
    /// Listed in the baseline.
    pub baselined: usize,
    /// Outside the change (`--base`).
    pub outside_diff: usize,
    /// Below `--min-severity` or `--min-confidence`.
    pub below_threshold: usize,
    /// Dropped by `per-file-ignores`.
    pub per_file_ignored: usize,
}

/// `1 finding`, `2 findings`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// 1 when a reported finding is at or above `fail_on`, else 0.
pub fn exit_code(findings: &[Finding], fail_on: Option<Severity>) -> u8 {
    match fail_on {
        Some(t) if findings.iter().any(|f| f.severity >= t) => 1,
        _ => 0,
    }
}

/// Why the exit code is what it is: `exit 1: 3 findings at or above high`.
pub fn exit_reason(findings: &[Finding], fail_on: Option<Severity>) -> String {
    let Some(t) = fail_on else {
        return "exit 0: no --fail-on threshold".into();
    };
    let n = findings.iter().filter(|f| f.severity >= t).count();
    if n == 0 {
        format!("exit 0: no findings at or above {t}")
    } else {
        format!("exit 1: {} at or above {t}", plural(n, "finding"))
    }
}

/// `3 findings (1 high, 2 medium); not reported: 1 suppressed, 4 baselined; exit 1: 3 findings at or above high`
pub fn summary_line(findings: &[Finding], hidden: &Hidden, fail_on: Option<Severity>) -> String {
    let mut out = plural(findings.len(), "finding");
    let per: Vec<String> = Severity::ALL_DESC
        .iter()
        .map(|s| (s, findings.iter().filter(|f| f.severity == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {s}"))
        .collect();
    if !per.is_empty() {
        out.push_str(&format!(" ({})", per.join(", ")));
    }
    let reasons: Vec<String> = [
        (hidden.suppressed, "suppressed"),
        (hidden.baselined, "baselined"),
        (hidden.outside_diff, "outside the diff"),
        (
            hidden.below_threshold,
            "below --min-severity/--min-confidence",
        ),
        (hidden.per_file_ignored, "in per-file-ignores"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, why)| format!("{n} {why}"))
    .collect();
    if !reasons.is_empty() {
        out.push_str(&format!("; not reported: {}", reasons.join(", ")));
    }
    out.push_str("; ");
    out.push_str(&exit_reason(findings, fail_on));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Detection, Location};

    fn finding(severity: Severity) -> Finding {
        Finding {
            rule_id: "R".into(),
            rule_name: String::new(),
            severity,
            confidence: Confidence::High,
            cwe: vec![],
            owasp: vec![],
            message: String::new(),
            location: Location {
                file: "a.py".into(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 2,
            },
            function: None,
            snippet: String::new(),
            detection: Detection::Pattern,
            flow: vec![],
            fingerprint: String::new(),
            suppressed: false,
            related_rules: Vec::new(),
        }
    }

    #[test]
    fn line_counts_hidden_and_explains_the_exit_code() {
        let fs = [
            finding(Severity::High),
            finding(Severity::Medium),
            finding(Severity::Medium),
        ];
        let hidden = Hidden {
            suppressed: 1,
            baselined: 4,
            outside_diff: 2,
            ..Hidden::default()
        };
        assert_eq!(
            summary_line(&fs, &hidden, Some(Severity::Medium)),
            "3 findings (1 high, 2 medium); not reported: 1 suppressed, 4 baselined, 2 outside the diff; exit 1: 3 findings at or above medium"
        );
        assert_eq!(
            summary_line(&fs[..1], &Hidden::default(), Some(Severity::Critical)),
            "1 finding (1 high); exit 0: no findings at or above critical"
        );
        assert_eq!(
            summary_line(&[], &Hidden::default(), None),
            "0 findings; exit 0: no --fail-on threshold"
        );
        assert_eq!(exit_code(&fs, Some(Severity::High)), 1);
        assert_eq!(exit_code(&fs, Some(Severity::Critical)), 0);
    }
}
