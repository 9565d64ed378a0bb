//! Applying a callee's summary at a call site, and small helpers of the walk.

use super::analyze::{Summary, ELSEWHERE};
use super::value::*;
use super::walker::Walker;
use super::*;
use crate::model::{CallSite, Span};
use ruff_python_ast::{self as ast, Expr};

impl<'a> Walker<'_, '_, 'a> {
    /// Applies a callee's summary at a call site: source taint it returns, parameters that flow to its
    /// return value, and parameters that reach a sink inside it (reported at that sink).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn apply_summary(
        &mut self,
        summary: &Summary,
        index: u32,
        call: &'a ast::ExprCall,
        span: Span,
        callee: &str,
        receiver: &Taint,
        positional: &[Taint],
        keywords: &[(Option<&str>, Taint)],
        result: &mut Taint,
    ) {
        // A method called through an instance receives the instance as its first parameter.
        let offset =
            usize::from(summary.is_method && matches!(call.func.as_ref(), Expr::Attribute(_)));
        let arg_taint = |param: usize| -> Option<&Taint> {
            let name = summary.params.get(param)?;
            if offset == 1 && param == 0 {
                // `self`: what the instance carries (a wrapper built from the request) flows only where
                // the method's summary says it does.
                return Some(receiver);
            }
            param
                .checked_sub(offset)
                .and_then(|i| positional.get(i))
                .or_else(|| {
                    keywords
                        .iter()
                        .find(|(k, _)| *k == Some(name.as_str()))
                        .map(|(_, t)| t)
                })
        };
        for (label, trace) in &summary.returns.0 {
            if matches!(label, Label::Rule(r) if self.spec.follows_calls(*r)) {
                result.add(
                    *label,
                    trace.then(
                        span,
                        StepKind::Call,
                        "returned by ",
                        || callee.to_string(),
                        true,
                    ),
                );
            }
        }
        for &(p, rule) in &summary.param_returns {
            if let Some(t) = arg_taint(p as usize) {
                let mut through = t.then(span, StepKind::Call, "through ", || callee.to_string());
                // Only this rule's taint passes; rules that do not follow calls were propagated already.
                through
                    .0
                    .retain(|(l, _)| l.rule() == rule && self.spec.follows_calls(rule));
                result.union(&through);
            }
        }
        self.apply_param_attrs(summary, index, call, span, callee, offset, result);
        if offset == 1 {
            self.apply_ctor_attrs(summary, call, span, callee, result);
        }
        for (p, rule, inner, sink) in &summary.param_sinks {
            let Some(t) = arg_taint(*p as usize) else {
                continue;
            };
            // A sink in another file is reported at this call, the last point of the path in this file.
            let sink = if *sink == ELSEWHERE { &index } else { sink };
            for (label, trace) in &t.0 {
                let mut steps = trace.steps();
                match label {
                    Label::Rule(r) | Label::Weak(r) if r == rule => {
                        steps.push(Step {
                            span,
                            kind: StepKind::Call,
                            verb: "passed to ",
                            subject: callee.to_string(),
                            place: None,
                        });
                        steps.extend(inner.iter().skip(1).cloned());
                        self.findings.push(TaintFinding {
                            rule: u32::from(*rule),
                            sink: *sink,
                            steps,
                            crosses_functions: true,
                            returned_at: None,
                        });
                    }
                    Label::Param(q, r) | Label::WeakParam(q, r) if r == rule => {
                        steps.extend(inner.iter().skip(1).cloned());
                        self.param_sinks.push((*q, *rule, steps, *sink));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// A numeric annotation of the library data (`int`, `float`, `bool`, `UUID`, also `uuid.UUID`), optionally
/// wrapped in `Optional[...]`: a parameter so annotated is converted by the framework and carries no text
/// an attacker chose.
pub(super) fn is_numeric_annotation(annotation: &Expr) -> bool {
    let numeric = |name: &str| {
        pathfinder_rules::library::python()
            .conventions
            .numeric_annotations
            .iter()
            .any(|n| n == name)
    };
    match annotation {
        Expr::Name(n) => numeric(n.id.as_str()),
        Expr::Attribute(a) => numeric(a.attr.id.as_str()),
        Expr::Subscript(s) => {
            matches!(s.value.as_ref(), Expr::Name(n) if n.id.as_str() == "Optional")
                && is_numeric_annotation(&s.slice)
        }
        _ => false,
    }
}

/// Conversions whose result carries no attacker-controlled text (numbers, booleans, hash digests): the
/// library data's `clean_calls`.
pub(super) fn is_clean_conversion(call: &CallSite) -> bool {
    call.fqn
        .as_deref()
        .is_some_and(|f| pathfinder_rules::library::python().is_clean_call(f))
}

/// The state key of an assignable expression: `x`, `self.x`, `a.b`.
pub(super) fn state_key(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(n) => Some(n.id.as_str().to_string()),
        Expr::Attribute(a) => {
            state_key(&a.value).map(|base| format!("{base}.{}", a.attr.id.as_str()))
        }
        _ => None,
    }
}

fn conventions() -> &'static pathfinder_rules::library::Conventions {
    &pathfinder_rules::library::python().conventions
}

/// Methods whose result is a boolean, a count or a position (`clean_methods` in the library data): no
/// text of the receiver flows on.
pub(super) fn is_clean_method(name: &str) -> bool {
    conventions().clean_methods.iter().any(|m| m == name)
}

/// Calls that make their arguments components of a file path (`path_joins` in the library data).
pub(super) fn is_path_join(fqn: &str) -> bool {
    conventions().path_joins.iter().any(|p| p == fqn)
}

/// `request.args.get("n", 1, type=int)`: the mapping converts the value to a number or boolean
/// (`converting_types` in the library data).
pub(super) fn is_converting_get(call: &ast::ExprCall) -> bool {
    matches!(call.func.as_ref(), Expr::Attribute(a) if a.attr.id.as_str() == "get")
        && call.arguments.keywords.iter().any(|k| {
            k.arg.as_ref().is_some_and(|a| a.id.as_str() == "type")
                && matches!(&k.value, Expr::Name(n) if conventions().converting_types.iter().any(|t| t == n.id.as_str()))
        })
}
