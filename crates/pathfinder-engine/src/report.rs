//! Findings built at a model's position (what happens to them next is `pathfinder_findings::finish`).

use pathfinder_findings::{Confidence, Detection, Finding, Location};
use pathfinder_python::FileModel;
use pathfinder_rules::Rule;

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
