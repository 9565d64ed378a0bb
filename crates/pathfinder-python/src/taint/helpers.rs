//! The request object passed into helpers: `def get_param(req, name): return req.args.get(name)` called
//! with `request`. While a function is summarized, an attribute read on a parameter carries a symbolic
//! label naming the parameter and the attribute path; at a call, the argument's resolved name plus that
//! path is checked against the rules' attribute sources.

use super::summary_apply::state_key;
use super::value::{Label, Taint, Trace};
use super::walker::Walker;
use super::{Step, StepKind, TaintFinding};
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
                Trace::start(
                    span,
                    StepKind::Source,
                    "parameter attribute ",
                    key.to_string(),
                ),
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

    /// For a method effect on `self.<field>.<rest>` (parameter 0 of a method called on an instance): the
    /// argument the instance's constructor call passed for the `__init__` parameter stored in
    /// `self.<field>`, and `.<rest>`. The instance is the receiver written as the constructor call, or a
    /// name assigned once from it (`params = Params(request); params.get("q")`).
    fn receiver_field<'p>(
        &self,
        call: &'a ast::ExprCall,
        path: &'p str,
    ) -> Option<(&'a Expr, &'p str)> {
        let (field, rest) = path.strip_prefix('.')?.split_once('.')?;
        let rest = &path[path.len() - rest.len() - 1..];
        let ctor = self.instance_ctor(call)?;
        let class = self.resolver.callee_fqn(&ctor.func, self.scope)?;
        let params = self.init_params?.get(&class)?;
        let b = self.resolver.b;
        let class_scope = b.scopes.iter().position(|s| {
            s.kind == crate::model::ScopeKind::Class && b.fqn_of_local(&s.qualname) == class
        })?;
        let stored = match b.data[class_scope].self_attrs.get(field)?.as_slice() {
            [(_, crate::bindings::Binding::Assign(Expr::Name(n)))] => n.id.as_str(),
            _ => return None,
        };
        let k = params.iter().position(|p| p == stored)?;
        let arg = k
            .checked_sub(1)
            .and_then(|i| ctor.arguments.args.get(i))
            .filter(|e| !e.is_starred_expr())
            .or_else(|| {
                ctor.arguments
                    .keywords
                    .iter()
                    .find(|kw| kw.arg.as_ref().is_some_and(|a| a.id.as_str() == stored))
                    .map(|kw| &kw.value)
            })?;
        Some((arg, rest))
    }

    /// The constructor call of the instance a method is called on: the receiver written as the constructor
    /// call (`Params(request).get("q")`) or a name assigned once from it (`params = Params(request)`).
    fn instance_ctor(&self, call: &'a ast::ExprCall) -> Option<&'a ast::ExprCall> {
        let Expr::Attribute(method) = call.func.as_ref() else {
            return None;
        };
        match method.value.as_ref() {
            Expr::Call(c) => Some(c),
            Expr::Name(n) => match self.resolver.lookup(n.id.as_str(), self.scope) {
                crate::resolve::NameRef::Bound(
                    _,
                    [crate::bindings::Binding::Assign(Expr::Call(c))],
                ) => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// `Class.method` of a method called on an instance of a class that has summaries (`params.get(...)`
    /// after `params = Params(request)`), when the call index did not resolve the receiver's type.
    pub(super) fn instance_method_fqn(&self, call: &'a ast::ExprCall) -> Option<String> {
        let Expr::Attribute(method) = call.func.as_ref() else {
            return None;
        };
        let ctor = self.instance_ctor(call)?;
        let class = self.resolver.callee_fqn(&ctor.func, self.scope)?;
        let fqn = format!("{class}.{}", method.attr.id.as_str());
        self.summaries.contains_key(&fqn).then_some(fqn)
    }

    /// `inst.method()` of another file's class whose summary says it returns `.<path>` of what `__init__`
    /// stored from its parameter `k`: the argument the constructor call passed there, when its `.<path>` is
    /// a source.
    pub(super) fn apply_ctor_attrs(
        &mut self,
        summary: &super::analyze::Summary,
        call: &'a ast::ExprCall,
        span: Span,
        callee: &str,
        result: &mut Taint,
    ) {
        if summary.ctor_attr_returns.is_empty() {
            return;
        }
        let Some(ctor) = self.instance_ctor(call) else {
            return;
        };
        for (k, name, path, rule) in &summary.ctor_attr_returns {
            if !self.spec.follows_calls(*rule) {
                continue;
            }
            let arg = (*k as usize)
                .checked_sub(1)
                .and_then(|i| ctor.arguments.args.get(i))
                .filter(|e| !e.is_starred_expr())
                .or_else(|| {
                    ctor.arguments
                        .keywords
                        .iter()
                        .find(|kw| kw.arg.as_ref().is_some_and(|a| a.id.as_str() == name))
                        .map(|kw| &kw.value)
                });
            let Some(arg) = arg else { continue };
            if self.argument_sources(arg, path).contains(rule) {
                let text = format!("{}{path}", callee_text(arg));
                result.add(
                    Label::Rule(*rule),
                    Trace::start(
                        span_of(arg.range()),
                        StepKind::Source,
                        "source: ",
                        text.to_string(),
                    )
                    .then(
                        span,
                        StepKind::Call,
                        "returned by ",
                        || callee.to_string(),
                        true,
                    ),
                );
            }
        }
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
        call: &'a ast::ExprCall,
        span: Span,
        callee: &str,
        offset: usize,
        result: &mut Taint,
    ) {
        for (p, path, rule) in &summary.param_attr_returns {
            if !self.spec.follows_calls(*rule) {
                continue;
            }
            // A wrapper class keeping the request on `self`.
            if *p == 0 && offset == 1 {
                if let Some((arg, rest)) = self.receiver_field(call, path) {
                    if self.argument_sources(arg, rest).contains(rule) {
                        let text = format!("{}{rest}", callee_text(arg));
                        result.add(
                            Label::Rule(*rule),
                            Trace::start(
                                span_of(arg.range()),
                                StepKind::Source,
                                "source: ",
                                text.to_string(),
                            )
                            .then(
                                span,
                                StepKind::Call,
                                "returned by ",
                                || callee.to_string(),
                                true,
                            ),
                        );
                    }
                }
                continue;
            }
            let Some(arg) = Self::argument_expr(call, &summary.params, offset, *p as usize) else {
                continue;
            };
            if self.argument_sources(arg, path).contains(rule) {
                let text = format!("{}{path}", callee_text(arg));
                result.add(
                    Label::Rule(*rule),
                    Trace::start(
                        span_of(arg.range()),
                        StepKind::Source,
                        "source: ",
                        text.to_string(),
                    )
                    .then(
                        span,
                        StepKind::Call,
                        "returned by ",
                        || callee.to_string(),
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
                                    Trace::start(
                                        span,
                                        StepKind::Source,
                                        "parameter attribute ",
                                        full.to_string(),
                                    ),
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
                    kind: StepKind::Source,
                    verb: "source: ",
                    subject: text.to_string(),
                    place: None,
                },
                Step {
                    span,
                    kind: StepKind::Call,
                    verb: "passed to ",
                    subject: callee.to_string(),
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

/// For `self.<field><rest>` read by a method of `class`: the position and name of the `__init__` parameter
/// stored in `self.<field>` (`self._req = req`), and `<rest>`.
pub(super) fn stored_ctor_param(
    b: &crate::bindings::Bindings<'_>,
    init_params: &rustc_hash::FxHashMap<String, Vec<String>>,
    class: &str,
    path: &str,
) -> Option<(usize, String, String)> {
    let (field, rest) = path.strip_prefix('.')?.split_once('.')?;
    let params = init_params.get(class)?;
    let class_scope = b.scopes.iter().position(|s| {
        s.kind == crate::model::ScopeKind::Class && b.fqn_of_local(&s.qualname) == class
    })?;
    let stored = match b.data[class_scope].self_attrs.get(field)?.as_slice() {
        [(_, crate::bindings::Binding::Assign(Expr::Name(n)))] => n.id.as_str(),
        _ => return None,
    };
    let k = params.iter().position(|p| p == stored)?;
    Some((k, stored.to_string(), format!(".{rest}")))
}

/// Whether a function's text reads, on one of its parameters, an attribute that can be a source
/// (`req.args` in `def get_param(req, name)`): a caller may pass it the request object.
pub(super) fn reads_param_attribute(
    text: &str,
    params: &[(&str, Span)],
    spec: &dyn super::TaintSpec,
) -> bool {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = text.as_bytes();
    params.iter().any(|(p, _)| {
        text.match_indices(p).any(|(at, _)| {
            if at > 0 && ident(bytes[at - 1]) {
                return false;
            }
            let mut i = at + p.len();
            // `self._req.args`: skip one stored field after `self`.
            let mut hops = 0;
            while i < bytes.len() && bytes[i] == b'.' && hops < 2 {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && ident(bytes[end]) {
                    end += 1;
                }
                if end == start {
                    return false;
                }
                if spec.attribute_name_may_be_source(&text[start..end]) {
                    return true;
                }
                i = end;
                hops += 1;
            }
            false
        })
    })
}
