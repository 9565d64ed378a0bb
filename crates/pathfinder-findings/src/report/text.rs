//! Human-readable output: findings grouped by severity, each with its message, code and taint path.

use super::{severity_counts, RenderOptions};
use crate::{Finding, ScanReport, Severity};
use std::borrow::Cow;
use std::fmt::Write;

/// Snippet lines shown per finding unless verbose.
const MAX_SNIPPET_LINES: usize = 5;
/// Warnings listed unless verbose (a vendored tree can produce hundreds of syntax errors).
const MAX_WARNINGS: usize = 5;

pub(super) fn render(report: &ScanReport, opts: &RenderOptions) -> String {
    let p = Painter { color: opts.color };
    let mut out = String::new();
    // `write!` to a String cannot fail.
    let _ = write_report(&mut out, report, opts, &p);
    out
}

fn write_report(
    out: &mut String,
    report: &ScanReport,
    opts: &RenderOptions,
    p: &Painter,
) -> std::fmt::Result {
    writeln!(
        out,
        "{} {} scan of {}",
        p.paint("pathfinder", BOLD),
        clean(&report.tool_version),
        clean(&report.target)
    )?;
    writeln!(out)?;

    let counts = severity_counts(&report.findings);
    if report.findings.is_empty() {
        writeln!(out, "{}", p.paint("No findings.", GREEN))?;
    }
    for (severity, count) in Severity::ALL_DESC.into_iter().zip(counts) {
        if count == 0 {
            continue;
        }
        let heading = format!("{} ({count})", title(severity));
        writeln!(out, "{}", p.paint(&heading, severity_style(severity)))?;
        for f in report.findings.iter().filter(|f| f.severity == severity) {
            write_finding(out, f, opts, p)?;
        }
    }

    if opts.verbose && !report.suppressed.is_empty() {
        writeln!(out, "Suppressed ({})", report.suppressed.len())?;
        for f in &report.suppressed {
            writeln!(
                out,
                "  [{}] {}: {}  {}",
                f.severity,
                clean(&f.rule_id),
                clean(&f.rule_name),
                position(f)
            )?;
        }
        writeln!(out)?;
    }

    write_footer(out, report, &counts, p)?;
    write_warnings(out, report, opts, p)
}

fn write_finding(
    out: &mut String,
    f: &Finding,
    opts: &RenderOptions,
    p: &Painter,
) -> std::fmt::Result {
    let sev_style = severity_style(f.severity);
    writeln!(
        out,
        "  {} {}: {}",
        p.paint(&format!("[{}]", f.severity), sev_style),
        p.paint(&clean(&f.rule_id), BOLD),
        clean(&f.rule_name)
    )?;

    let mut at = p.paint(&position(f), CYAN).into_owned();
    if let Some(function) = &f.function {
        write!(at, " in {}", clean(function))?;
    }
    writeln!(out, "    {at}")?;

    for line in f.message.lines() {
        writeln!(out, "    {}", clean(line))?;
    }

    let taxonomy: Vec<String> = [&f.cwe, &f.owasp]
        .into_iter()
        .filter(|ids| !ids.is_empty())
        .map(|ids| clean(&ids.join(", ")).into_owned())
        .collect();
    if !taxonomy.is_empty() {
        writeln!(out, "    {}", p.paint(&taxonomy.join(" | "), DIM))?;
    }
    if !f.related_rules.is_empty() {
        let also = format!("also reported by {}", clean(&f.related_rules.join(", ")));
        writeln!(out, "    {}", p.paint(&also, DIM))?;
    }
    if opts.verbose {
        let details = format!(
            "confidence: {} · detection: {} · fingerprint: {}",
            f.confidence.as_str(),
            f.detection.as_str(),
            clean(&f.fingerprint)
        );
        writeln!(out, "    {}", p.paint(&details, DIM))?;
    }

    write_snippet(out, f, opts, p)?;

    for (i, step) in f.flow.iter().enumerate() {
        let lead = if i == 0 { "flow:" } else { "    →" };
        writeln!(
            out,
            "    {} {}:{} {}",
            p.paint(lead, DIM),
            clean(&step.location.file),
            step.location.line,
            clean(&step.message)
        )?;
    }
    writeln!(out)
}

/// The flagged lines, each with its line number and a `>` marker.
fn write_snippet(
    out: &mut String,
    f: &Finding,
    opts: &RenderOptions,
    p: &Painter,
) -> std::fmt::Result {
    let lines: Vec<&str> = f.snippet.lines().collect();
    if lines.is_empty() {
        return Ok(());
    }
    let shown = if opts.verbose {
        lines.len()
    } else {
        lines.len().min(MAX_SNIPPET_LINES)
    };
    let first = f.location.line;
    let width = (first as usize + shown - 1).to_string().len();
    for (n, line) in (first..).zip(&lines[..shown]) {
        writeln!(
            out,
            "    {} {} {}",
            p.paint(">", severity_style(f.severity)),
            p.paint(&format!("{n:>width$} |"), DIM),
            clean(line)
        )?;
    }
    if shown < lines.len() {
        let more = format!("… {} more lines", lines.len() - shown);
        writeln!(out, "      {:width$}   {}", "", p.paint(&more, DIM))?;
    }
    Ok(())
}

fn write_footer(
    out: &mut String,
    report: &ScanReport,
    counts: &[usize; 5],
    p: &Painter,
) -> std::fmt::Result {
    let total = report.findings.len();
    let mut summary = plural(total, "finding");
    let per_severity: Vec<String> = Severity::ALL_DESC
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| format!("{n} {s}"))
        .collect();
    if !per_severity.is_empty() {
        write!(summary, " ({})", per_severity.join(", "))?;
    }
    let merged: usize = report.findings.iter().map(|f| f.related_rules.len()).sum();
    let merged = if merged > 0 {
        format!(", {merged} merged into findings of the same weakness")
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} in {}, {}, {} suppressed{merged}, took {} ms",
        p.paint(&summary, BOLD),
        plural(report.files_scanned, "file"),
        plural(report.rules.len(), "rule"),
        report.suppressed.len(),
        report.duration_ms
    )
}

fn write_warnings(
    out: &mut String,
    report: &ScanReport,
    opts: &RenderOptions,
    p: &Painter,
) -> std::fmt::Result {
    let warnings = &report.warnings;
    if warnings.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{}:",
        p.paint(&plural(warnings.len(), "warning"), YELLOW)
    )?;
    let shown = if opts.verbose {
        warnings.len()
    } else {
        warnings.len().min(MAX_WARNINGS)
    };
    for w in &warnings[..shown] {
        writeln!(out, "  {}", clean(&w.to_string()))?;
    }
    if shown < warnings.len() {
        writeln!(
            out,
            "  … and {} more (verbose output lists all)",
            warnings.len() - shown
        )?;
    }
    Ok(())
}

/// `file:line:column`, the column left out when unknown.
fn position(f: &Finding) -> String {
    let loc = &f.location;
    let mut s = format!("{}:{}", clean(&loc.file), loc.line);
    if loc.column > 0 {
        let _ = write!(s, ":{}", loc.column);
    }
    s
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn title(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "Critical",
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
        Severity::Info => "Info",
    }
}

/// Scanned code is untrusted: escape control characters so a snippet cannot drive the terminal.
fn clean(s: &str) -> Cow<'_, str> {
    escape_untrusted(s)
}

/// Escapes control characters (but tab) and bidirectional-text controls (`\u{202e}` …) as `\u{…}`, so
/// untrusted text (file names, snippets) cannot start a log line, inject a CI workflow command, drive
/// the terminal or reorder what the reader sees. Used for every warning and error printed to stderr.
pub fn escape_untrusted(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if is_unsafe(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

const BOLD: &str = "1";
const DIM: &str = "2";
const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const BLUE: &str = "34";
const CYAN: &str = "36";
const BOLD_RED: &str = "1;31";

fn severity_style(s: Severity) -> &'static str {
    match s {
        Severity::Critical => BOLD_RED,
        Severity::High => RED,
        Severity::Medium => YELLOW,
        Severity::Low => BLUE,
        Severity::Info => DIM,
    }
}

/// Wraps text in ANSI SGR codes only when colour is on.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint<'a>(&self, text: &'a str, sgr: &str) -> Cow<'a, str> {
        if self.color {
            Cow::Owned(format!("\x1b[{sgr}m{text}\x1b[0m"))
        } else {
            Cow::Borrowed(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(clean("a\x1b[2Jb\tc"), "a\\u{1b}[2Jb\tc");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn painter_is_inert_without_color() {
        assert_eq!(Painter { color: false }.paint("x", RED), "x");
        assert_eq!(Painter { color: true }.paint("x", RED), "\x1b[31mx\x1b[0m");
    }
}
