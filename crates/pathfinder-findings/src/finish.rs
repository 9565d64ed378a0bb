//! The end of a finding's life, the same for every front end and every caller (scan, playground, MCP,
//! LSP): suppression decided ([`crate::suppress`]), then sorted, deduplicated and fingerprinted
//! ([`finish`]), bounded ([`limit_output`]), split into reported and suppressed ([`ScanOutput`]) and
//! bundled with the run's metadata into a [`ScanReport`] ([`ScanOutput::into_report`]).

use crate::suppress::{self, FileSuppressions, SuppressOptions};
use crate::{fingerprint, Diagnostic, Finding, RuleInfo, ScanReport};
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct ScanOutput {
    /// Sorted, deduplicated, unsuppressed findings.
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub warnings: Vec<Diagnostic>,
    /// Our suppression comments that silenced nothing (`--show-unused-suppressions`).
    pub unused_suppressions: Vec<Diagnostic>,
    /// Notes for `--verbose`: functions whose taint analysis fell back at an iteration cap.
    pub notes: Vec<Diagnostic>,
    pub files_scanned: usize,
    /// Time spent reading and modelling files, and matching rules (for `--verbose`).
    pub model_time: std::time::Duration,
    pub match_time: std::time::Duration,
}

impl ScanOutput {
    /// The output for these raw findings: sorted, deduplicated and fingerprinted by [`finish`], then split
    /// into reported and suppressed.
    pub fn from_findings(
        mut all: Vec<Finding>,
        warnings: Vec<Diagnostic>,
        files_scanned: usize,
    ) -> Self {
        let mut warnings = warnings;
        finish(&mut all);
        limit_output(&mut all, &mut warnings);
        let (suppressed, findings) = all.into_iter().partition(|f: &Finding| f.suppressed);
        ScanOutput {
            findings,
            suppressed,
            warnings,
            files_scanned,
            ..ScanOutput::default()
        }
    }

    /// [`ScanOutput::from_findings`] after the files' suppression comments have marked what they cover;
    /// unknown ids and misplaced comments join the warnings. `ran(id)`: whether that rule ran.
    pub fn suppressed_by(
        mut all: Vec<Finding>,
        mut warnings: Vec<Diagnostic>,
        files_scanned: usize,
        suppressions: &[FileSuppressions],
        options: &SuppressOptions,
        ran: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut applied = suppress::Applied::default();
        if !suppressions.is_empty() {
            applied = suppress::apply(&mut all, suppressions, options, ran);
        }
        warnings.extend(applied.warnings);
        ScanOutput {
            unused_suppressions: applied.unused,
            ..ScanOutput::from_findings(all, warnings, files_scanned)
        }
    }
}

/// What a report says about its run besides the findings.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    pub tool_version: String,
    /// The project path (or file name) as the user gave it.
    pub target: String,
    /// RFC 3339 UTC start time.
    pub timestamp: String,
    pub duration_ms: u64,
}

impl ScanOutput {
    /// The report of this output: `rules` are the rules that ran; `earlier` are warnings from before the
    /// scan (walking the project), listed first.
    pub fn into_report(
        self,
        run: RunInfo,
        rules: Vec<RuleInfo>,
        earlier: Vec<Diagnostic>,
    ) -> ScanReport {
        let mut warnings = earlier;
        warnings.extend(self.warnings);
        ScanReport {
            tool_version: run.tool_version,
            target: run.target,
            timestamp: run.timestamp,
            duration_ms: run.duration_ms,
            files_scanned: self.files_scanned,
            rules,
            findings: self.findings,
            suppressed: self.suppressed,
            warnings,
        }
    }
}

/// Sorts, deduplicates and fingerprints findings: the one place that makes output deterministic.
pub fn finish(findings: &mut Vec<Finding>) {
    sort_findings(findings);
    findings.dedup_by(|a, b| a.rule_id == b.rule_id && a.location == b.location);
    let mut occurrences: HashMap<(String, String, Option<String>, String), usize> = HashMap::new();
    for f in findings.iter_mut() {
        let code = std::mem::take(&mut f.fingerprint);
        let key = (
            f.rule_id.clone(),
            f.location.file.clone(),
            f.function.clone(),
            code.clone(),
        );
        let n = occurrences.entry(key).or_insert(0);
        f.fingerprint = fingerprint(
            &f.rule_id,
            &f.location.file,
            f.function.as_deref(),
            &code,
            *n,
        );
        *n += 1;
    }
}

/// Longest snippet line kept in a finding or flow step, in characters (longer ones end in `…`).
pub const MAX_SNIPPET_LINE_CHARS: usize = 200;
/// Findings reported per source line; the rest are counted in a warning.
pub const MAX_FINDINGS_PER_LINE: usize = 50;
/// Findings reported per file; the rest are counted in a warning.
pub const MAX_FINDINGS_PER_FILE: usize = 1000;

/// Bounds what a hostile file can make a report grow to (a 40 KB line with 2,000 calls would otherwise
/// print the line 2,000 times): shortens snippet lines and caps findings per line and per file, with a
/// warning saying how many were left out. `findings` must be sorted by file and line (by [`finish`]).
pub fn limit_output(findings: &mut Vec<Finding>, warnings: &mut Vec<Diagnostic>) {
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    // (file, line, or None for the rest of the file) → findings left out.
    let mut left_out: Vec<(String, Option<u32>, usize)> = Vec::new();
    let mut prev: Option<(String, u32)> = None;
    let (mut in_file, mut on_line) = (0usize, 0usize);
    for mut f in std::mem::take(findings) {
        let (file, line) = (&f.location.file, f.location.line);
        // `on_line` counts every finding of the line, `in_file` only those reported.
        match &prev {
            Some((pf, pl)) if pf == file => {
                on_line = if *pl == line { on_line + 1 } else { 1 };
            }
            _ => (in_file, on_line) = (0, 1),
        }
        prev = Some((file.clone(), line));
        let over = if on_line > MAX_FINDINGS_PER_LINE {
            Some(Some(line))
        } else if in_file >= MAX_FINDINGS_PER_FILE {
            Some(None)
        } else {
            in_file += 1;
            None
        };
        match over {
            Some(at) => match left_out.last_mut() {
                Some((lf, l, n)) if lf == file && *l == at => *n += 1,
                _ => left_out.push((file.clone(), at, 1)),
            },
            None => {
                shorten_snippet(&mut f.snippet);
                f.flow
                    .iter_mut()
                    .for_each(|s| shorten_snippet(&mut s.snippet));
                kept.push(f);
            }
        }
    }
    *findings = kept;
    for (path, line, n) in left_out {
        let message = match line {
            Some(_) => format!(
                "{n} more findings on this line not reported (at most {MAX_FINDINGS_PER_LINE} per line)"
            ),
            None => format!(
                "{n} more findings in this file not reported (at most {MAX_FINDINGS_PER_FILE} per file)"
            ),
        };
        warnings.push(Diagnostic {
            path,
            line,
            column: None,
            message,
        });
    }
}

/// Cuts every line of `snippet` longer than [`MAX_SNIPPET_LINE_CHARS`] characters, ending it with `…`.
fn shorten_snippet(snippet: &mut String) {
    if snippet.len() <= MAX_SNIPPET_LINE_CHARS {
        return;
    }
    let mut out = String::with_capacity(snippet.len().min(4 * MAX_SNIPPET_LINE_CHARS));
    for (i, line) in snippet.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match line.char_indices().nth(MAX_SNIPPET_LINE_CHARS) {
            Some((cut, _)) => {
                out.push_str(&line[..cut]);
                out.push('…');
            }
            None => out.push_str(line),
        }
    }
    *snippet = out;
}

/// The one order of findings: file, position, rule.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (
            &a.location.file,
            a.location.line,
            a.location.column,
            &a.rule_id,
            a.location.end_line,
            a.location.end_column,
        )
            .cmp(&(
                &b.location.file,
                b.location.line,
                b.location.column,
                &b.rule_id,
                b.location.end_line,
                b.location.end_column,
            ))
    });
}
