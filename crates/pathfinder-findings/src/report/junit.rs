//! JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins, Azure, ...).
//!
//! One `<testsuite>` per rule that ran: each unsuppressed finding is a failing `<testcase>`, each suppressed
//! one a skipped case, and a rule without findings has one passing case, so the view lists every check.
//! Files that could not be scanned are `<error>` cases in a last suite.

use super::rules_by_id;
use crate::{Finding, ScanReport};
use std::fmt::Write;

/// Name of the suite holding scan warnings.
pub const WARNINGS_SUITE: &str = "pathfinder: files not scanned";

pub(super) fn render(report: &ScanReport) -> String {
    let mut out = String::new();
    // `write!` to a String cannot fail.
    let _ = write_report(&mut out, report);
    out
}

/// The cases of one suite, in output order.
struct Suite<'a> {
    name: &'a str,
    findings: Vec<&'a Finding>,
    suppressed: Vec<&'a Finding>,
}

fn suites(report: &ScanReport) -> Vec<Suite<'_>> {
    let mut suites: Vec<Suite> = Vec::new();
    let known = rules_by_id(&report.rules);
    let mut names: Vec<&str> = report.rules.iter().map(|r| r.id.as_str()).collect();
    // A finding of a rule the report does not list still gets its suite (after the listed ones).
    for f in report.findings.iter().chain(&report.suppressed) {
        if !known.contains_key(f.rule_id.as_str()) {
            names.push(&f.rule_id);
        }
    }
    for name in names {
        if suites.iter().any(|s| s.name == name) {
            continue;
        }
        suites.push(Suite {
            name,
            findings: report
                .findings
                .iter()
                .filter(|f| f.rule_id == name)
                .collect(),
            suppressed: report
                .suppressed
                .iter()
                .filter(|f| f.rule_id == name)
                .collect(),
        });
    }
    suites
}

fn write_report(out: &mut String, report: &ScanReport) -> std::fmt::Result {
    let suites = suites(report);
    let seconds = format!("{:.3}", report.duration_ms as f64 / 1000.0);
    // A suite without findings still has its one passing case.
    let cases = |s: &Suite| (s.findings.len() + s.suppressed.len()).max(1);
    let total_tests: usize = suites.iter().map(cases).sum::<usize>() + report.warnings.len();
    let total_failures = report.findings.len();
    let total_skipped = report.suppressed.len();
    let total_errors = report.warnings.len();

    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="pathfinder {}" tests="{total_tests}" failures="{total_failures}" errors="{total_errors}" skipped="{total_skipped}" time="{seconds}" timestamp="{}">"#,
        attr(&report.tool_version),
        attr(&report.timestamp),
    )?;
    for suite in &suites {
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="0" skipped="{}" time="0" timestamp="{}">"#,
            attr(suite.name),
            cases(suite),
            suite.findings.len(),
            suite.suppressed.len(),
            attr(&report.timestamp),
        )?;
        for f in &suite.findings {
            write_case_open(out, f)?;
            writeln!(
                out,
                r#"      <failure message="{}" type="{}">{}</failure>"#,
                attr(&f.message),
                f.severity,
                text(&details(f))
            )?;
            writeln!(out, "    </testcase>")?;
        }
        for f in &suite.suppressed {
            write_case_open(out, f)?;
            writeln!(
                out,
                r#"      <skipped message="suppressed by a `# pathfinder: ignore` comment"/>"#
            )?;
            writeln!(out, "    </testcase>")?;
        }
        if suite.findings.is_empty() && suite.suppressed.is_empty() {
            writeln!(
                out,
                r#"    <testcase name="no findings" classname="{}" time="0"/>"#,
                attr(suite.name)
            )?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    if !report.warnings.is_empty() {
        writeln!(
            out,
            r#"  <testsuite name="{WARNINGS_SUITE}" tests="{n}" failures="0" errors="{n}" skipped="0" time="0" timestamp="{}">"#,
            attr(&report.timestamp),
            n = report.warnings.len(),
        )?;
        for w in &report.warnings {
            let line = w
                .line
                .map(|l| format!(r#" line="{l}""#))
                .unwrap_or_default();
            writeln!(
                out,
                r#"    <testcase name="{}" classname="pathfinder" file="{}"{line} time="0">"#,
                attr(&w.to_string()),
                attr(&w.path),
            )?;
            writeln!(
                out,
                r#"      <error message="{}" type="warning"/>"#,
                attr(&w.message)
            )?;
            writeln!(out, "    </testcase>")?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}

fn write_case_open(out: &mut String, f: &Finding) -> std::fmt::Result {
    let loc = &f.location;
    writeln!(
        out,
        r#"    <testcase name="{} at {}:{}:{}" classname="{}" file="{}" line="{}" time="0">"#,
        attr(&f.rule_name),
        attr(&loc.file),
        loc.line,
        loc.column,
        attr(&f.rule_id),
        attr(&loc.file),
        loc.line,
    )
}

/// The failure body: where, how bad, the code and the taint path, as plain text.
fn details(f: &Finding) -> String {
    let loc = &f.location;
    let mut s = format!(
        "{}:{}:{}\n{} {}: {}\nseverity {}, confidence {}",
        loc.file,
        loc.line,
        loc.column,
        f.rule_id,
        f.rule_name,
        f.message,
        f.severity,
        f.confidence.as_str()
    );
    if !f.cwe.is_empty() {
        let _ = write!(s, ", {}", f.cwe.join(", "));
    }
    if !f.snippet.is_empty() {
        let _ = write!(s, "\n\n{}", f.snippet);
    }
    if !f.flow.is_empty() {
        s.push_str("\n\nflow:");
        for step in &f.flow {
            let l = &step.location;
            let _ = write!(s, "\n  {}:{}:{} {}", l.file, l.line, l.column, step.message);
        }
    }
    s
}

/// Characters XML 1.0 cannot hold at all (most C0 controls, unpaired surrogates cannot occur in a `str`)
/// become U+FFFD, so scanned code can never make the document unreadable.
fn xml_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
        _ => c,
    }
}

/// Escaped for a double-quoted attribute. Line breaks and tabs are written as character references because
/// XML parsers turn literal ones in attributes into spaces.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(xml_char) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped for element content.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(xml_char) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Parsers normalise a literal CR away.
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_escape_markup_quotes_and_line_breaks() {
        assert_eq!(
            attr("a<b & \"c\"\nd\te"),
            "a&lt;b &amp; &quot;c&quot;&#10;d&#9;e"
        );
    }

    #[test]
    fn control_characters_cannot_break_the_document() {
        assert_eq!(text("x\u{1b}[31m\u{0}y\r"), "x\u{fffd}[31m\u{fffd}y&#13;");
        assert_eq!(attr("\u{ffff}"), "\u{fffd}");
    }
}
