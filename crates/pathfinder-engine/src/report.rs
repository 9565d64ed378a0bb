//! Findings as reported: built at a model's position, then sorted, deduplicated, fingerprinted and
//! bounded in one place so the output is deterministic.

use pathfinder_findings::{fingerprint, Confidence, Detection, Diagnostic, Finding, Location};
use pathfinder_python::FileModel;
use pathfinder_rules::Rule;
use std::collections::HashMap;

/// A span of a file as a finding location.
pub(crate) fn location(model: &FileModel, span: pathfinder_python::Span) -> Location {
    let (line, column) = model.position(span.start);
    let (end_line, end_column) = model.position(span.end);
    Location {
        file: model.path.clone(),
        line,
        column,
        end_line,
        end_column,
    }
}

pub(crate) fn finding(
    model: &FileModel,
    rule: &Rule,
    call: &pathfinder_python::CallSite,
) -> Finding {
    finding_at(model, rule, call.span, call.scope)
}

/// A finding of `rule` at `span`, in the function of `scope`.
pub(crate) fn finding_at(
    model: &FileModel,
    rule: &Rule,
    span: pathfinder_python::Span,
    scope: pathfinder_python::ScopeId,
) -> Finding {
    let location = location(model, span);
    let (line, end_line) = (location.line, location.end_line);
    let snippet = (line..=end_line.min(line + 19))
        .map(|l| model.lines.line_text(&model.source, l))
        .collect::<Vec<_>>()
        .join("\n");
    let mut f = pattern_finding(rule, location, snippet, model.text(span).to_string());
    f.function = model.enclosing(scope).map(str::to_string);
    f
}

/// A pattern finding of `rule` at `location`, shared by every front end. `code` is the flagged text: it
/// waits in the fingerprint field until `finish` hashes it with its occurrence.
pub(crate) fn pattern_finding(
    rule: &Rule,
    location: Location,
    snippet: String,
    code: String,
) -> Finding {
    Finding {
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        severity: rule.severity,
        confidence: confidence_of(rule),
        cwe: rule.cwe.clone(),
        owasp: rule.owasp.clone(),
        message: rule.message.clone(),
        location,
        function: None,
        snippet,
        detection: Detection::Pattern,
        flow: Vec::new(),
        fingerprint: code,
        suppressed: false,
        related_rules: Vec::new(),
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
pub(crate) fn limit_output(findings: &mut Vec<Finding>, warnings: &mut Vec<Diagnostic>) {
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
pub(crate) fn sort_findings(findings: &mut [Finding]) {
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

/// The confidence a rule's `meta.yaml` gives its findings (high when it says nothing).
pub(crate) fn confidence_of(rule: &Rule) -> Confidence {
    match rule
        .meta
        .as_ref()
        .map(|m| m.confidence.to_ascii_lowercase())
    {
        Some(c) if c == "low" => Confidence::Low,
        Some(c) if c == "medium" => Confidence::Medium,
        _ => Confidence::High,
    }
}
