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

/// `int`, `float`, `bool`, `UUID` (also `uuid.UUID`), optionally wrapped in `Optional[...]`: a parameter so
/// annotated is converted by the framework and carries no text an attacker chose.
pub(super) fn is_numeric_annotation(annotation: &Expr) -> bool {
    match annotation {
        Expr::Name(n) => matches!(n.id.as_str(), "int" | "float" | "bool" | "UUID"),
        Expr::Attribute(a) => a.attr.id.as_str() == "UUID",
        Expr::Subscript(s) => {
            matches!(s.value.as_ref(), Expr::Name(n) if n.id.as_str() == "Optional")
                && is_numeric_annotation(&s.slice)
        }
        _ => false,
    }
}

/// Conversions whose result carries no attacker-controlled text (numbers, booleans, hash digests).
pub(super) fn is_clean_conversion(call: &CallSite) -> bool {
    if call
        .fqn
        .as_deref()
        .is_some_and(|f| f.starts_with("hashlib.") || f.starts_with("hmac."))
    {
        return true;
    }
    matches!(
        call.fqn.as_deref(),
        Some(
            "builtins.int"
                | "builtins.float"
                | "builtins.bool"
                | "builtins.len"
                | "builtins.hash"
                | "builtins.id"
                | "builtins.isinstance"
                | "builtins.issubclass"
                | "builtins.callable"
                | "builtins.ord"
                | "builtins.abs"
                | "builtins.round"
                | "builtins.hasattr"
        )
    )
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

/// String methods whose result is a boolean, a count or a position: no text of the receiver flows on.
pub(super) fn is_clean_method(name: &str) -> bool {
    matches!(
        name,
        "isdigit"
            | "isalnum"
            | "isalpha"
            | "isdecimal"
            | "isnumeric"
            | "isidentifier"
            | "isspace"
            | "islower"
            | "isupper"
            | "istitle"
            | "isascii"
            | "isprintable"
            | "startswith"
            | "endswith"
            | "count"
            | "find"
            | "rfind"
    )
}

/// Calls that make their arguments components of a file path.
pub(super) fn is_path_join(fqn: &str) -> bool {
    matches!(
        fqn,
        "os.path.join"
            | "posixpath.join"
            | "ntpath.join"
            | "pathlib.Path"
            | "pathlib.PurePath"
            | "pathlib.PosixPath"
            | "pathlib.Path.joinpath"
            | "pathlib.PurePath.joinpath"
    )
}

/// `request.args.get("n", 1, type=int)`: the mapping converts the value to a number or boolean.
pub(super) fn is_converting_get(call: &ast::ExprCall) -> bool {
    matches!(call.func.as_ref(), Expr::Attribute(a) if a.attr.id.as_str() == "get")
        && call.arguments.keywords.iter().any(|k| {
            k.arg.as_ref().is_some_and(|a| a.id.as_str() == "type")
                && matches!(&k.value, Expr::Name(n) if matches!(n.id.as_str(), "int" | "float" | "bool"))
        })
}
