//! The request object passed into helpers: `def get_param(req, name): return req.args.get(name)` called
//! with `request`. While a function is summarized, an attribute read on a parameter carries a symbolic
//! label naming the parameter and the attribute path; at a call, the argument's resolved name plus that
//! path is checked against the rules' attribute sources.

use super::summary_apply::state_key;
use super::value::{Label, Taint, Trace};
use super::walker::Walker;
use super::{Step, TaintFinding};
use crate::bindings::span_of;
use crate::calls::callee_text;
use crate::model::Span;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Attribute paths per function beyond this are not followed (keeps labels few).
const MAX_PATHS: usize = 32;

impl<'a> Walker<'_, '_, 'a> {
    /// `req.args` where `req` is a parameter of the function being summarized: adds a symbolic label per
    /// rule when the last attribute name can end a source.
    pub(super) fn parameter_attribute(&mut self, a: &ast::ExprAttribute, t: &mut Taint) {
        if !self.spec.attribute_name_may_be_source(a.attr.id.as_str()) {
            return;
        }
        let Some(key) = state_key(&Expr::Attribute(a.clone())) else {
            return;
        };
        let (root, path) = match key.find('.') {
            Some(i) => (&key[..i], &key[i..]),
            None => return,
        };
        let Some(param) = self.symbolic.iter().position(|p| *p == root) else {
            return;
        };
        let index = match self.attr_paths.iter().position(|p| p == path) {
            Some(i) => i,
            None if self.attr_paths.len() < MAX_PATHS => {
                self.attr_paths.push(path.to_string());
                self.attr_paths.len() - 1
            }
            None => return,
        };
        let span = span_of(a.range());
        for r in 0..self.rules {
            t.add(
                Label::ParamAttr(param as u16, index as u16, r),
                Trace::start(span, format!("parameter attribute {key}")),
            );
        }
    }

    /// The rules for which `arg.path` is an attribute source (`request` + `.args`).
    fn argument_sources(&mut self, arg: &Expr, path: &str) -> Vec<super::RuleIdx> {
        let text = format!("{}{path}", callee_text(arg));
        let resolved = self
            .resolver
            .callee_fqn(arg, self.scope)
            .map(|f| format!("{f}{path}"));
        let mut out = Vec::new();
        self.spec
            .attribute_sources(&text, resolved.as_deref(), &mut out);
        out
    }

    /// The argument expression a call passes for parameter `param` of a summarized function.
    fn argument_expr<'c>(
        call: &'c ast::ExprCall,
        params: &[String],
        offset: usize,
        param: usize,
    ) -> Option<&'c Expr> {
        let name = params.get(param)?;
        param
            .checked_sub(offset)
            .and_then(|i| call.arguments.args.get(i))
            .filter(|e| !e.is_starred_expr())
            .or_else(|| {
                call.arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == name))
                    .map(|k| &k.value)
            })
    }

    /// Applies a callee's attribute-of-parameter effects at a call: the source it returns when the caller
    /// passes a source object, the sink it reaches, or a symbolic label again when the caller passes its
    /// own parameter.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn apply_param_attrs(
        &mut self,
        summary: &super::analyze::Summary,
        index: u32,
        call: &ast::ExprCall,
        span: Span,
        callee: &str,
        offset: usize,
        result: &mut Taint,
    ) {
        for (p, path, rule) in &summary.param_attr_returns {
            if !self.spec.follows_calls(*rule) {
                continue;
            }
            let Some(arg) = Self::argument_expr(call, &summary.params, offset, *p as usize) else {
                continue;
            };
            if self.argument_sources(arg, path).contains(rule) {
                let text = format!("{}{path}", callee_text(arg));
                result.add(
                    Label::Rule(*rule),
                    Trace::start(span_of(arg.range()), format!("source: {text}")).then(
                        span,
                        || format!("returned by {callee}"),
                        true,
                    ),
                );
            } else if !self.symbolic.is_empty() {
                // The caller's own parameter passed on: `def a(req): return get_param(req, "x")`.
                let mut t = Taint::default();
                if let Expr::Name(n) = arg {
                    let full = format!("{}{path}", n.id.as_str());
                    let attr_probe = full.rsplit('.').next().unwrap_or("");
                    if self.spec.attribute_name_may_be_source(attr_probe) {
                        if let Some(q) = self.symbolic.iter().position(|s| *s == n.id.as_str()) {
                            let i = match self.attr_paths.iter().position(|x| x == path) {
                                Some(i) => Some(i),
                                None if self.attr_paths.len() < MAX_PATHS => {
                                    self.attr_paths.push(path.clone());
                                    Some(self.attr_paths.len() - 1)
                                }
                                None => None,
                            };
                            if let Some(i) = i {
                                t.add(
                                    Label::ParamAttr(q as u16, i as u16, *rule),
                                    Trace::start(span, format!("parameter attribute {full}")),
                                );
                            }
                        }
                    }
                }
                result.union(&t);
            }
        }
        for (p, path, rule, inner, sink) in &summary.param_attr_sinks {
            let Some(arg) = Self::argument_expr(call, &summary.params, offset, *p as usize) else {
                continue;
            };
            if !self.argument_sources(arg, path).contains(rule) {
                continue;
            }
            let sink = if *sink == super::analyze::ELSEWHERE {
                index
            } else {
                *sink
            };
            let text = format!("{}{path}", callee_text(arg));
            let mut steps = vec![
                Step {
                    span: span_of(arg.range()),
                    what: format!("source: {text}"),
                    place: None,
                },
                Step {
                    span,
                    what: format!("passed to {callee}"),
                    place: None,
                },
            ];
            steps.extend(inner.iter().skip(1).cloned());
            self.findings.push(TaintFinding {
                rule: u32::from(*rule),
                sink,
                steps,
                crosses_functions: true,
                returned_at: None,
            });
        }
    }
}
