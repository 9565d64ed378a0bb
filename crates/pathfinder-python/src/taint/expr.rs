//! Expressions: what taint a value carries, calls (sources, sanitizers, sinks, summaries).

use super::summary_apply::{is_clean_conversion, state_key};
use super::value::*;
use super::walker::Walker;
use super::*;
use crate::bindings::span_of;
use crate::calls::callee_text;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Walker<'_, '_, 'a> {
    pub(super) fn expr(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(expr, st))
    }

    pub(super) fn expr_inner(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
        match expr {
            Expr::Name(n) => st.get(n.id.as_str()).cloned().unwrap_or_default(),
            Expr::Attribute(a) => {
                let mut t = self.attribute_source(expr);
                if let Some(k) = state_key(expr) {
                    if let Some(v) = st.get(&k) {
                        t.union(v);
                    }
                }
                t.union(&self.expr(&a.value, st));
                t
            }
            Expr::Subscript(s) => {
                let t = self.expr(&s.value, st);
                self.expr(&s.slice, st);
                t
            }
            Expr::Call(call) => self.call(call, st),
            Expr::Named(n) => {
                let t = self.expr(&n.value, st);
                self.bind(&n.target, Some(&n.value), &t, st);
                t
            }
            Expr::BinOp(b) => {
                let mut t = self.expr(&b.left, st);
                t.union(&self.expr(&b.right, st));
                t
            }
            Expr::BoolOp(b) => self.exprs(b.values.iter(), st),
            Expr::UnaryOp(u) => {
                let t = self.expr(&u.operand, st);
                if matches!(u.op, ast::UnaryOp::Not) {
                    Taint::default()
                } else {
                    t
                }
            }
            // Comparisons yield booleans: nothing of the operands flows on.
            Expr::Compare(c) => {
                self.expr(&c.left, st);
                self.exprs(c.comparators.iter(), st);
                Taint::default()
            }
            Expr::If(i) => {
                self.expr(&i.test, st);
                let mut t = self.expr(&i.body, st);
                t.union(&self.expr(&i.orelse, st));
                t
            }
            Expr::FString(f) => {
                let mut t = Taint::default();
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        for element in &fs.elements {
                            if let ast::InterpolatedStringElement::Interpolation(i) = element {
                                t.union(&self.expr(&i.expression, st));
                            }
                        }
                    }
                }
                t
            }
            Expr::Tuple(t) => self.exprs(t.elts.iter(), st),
            Expr::List(l) => self.exprs(l.elts.iter(), st),
            Expr::Set(s) => self.exprs(s.elts.iter(), st),
            Expr::Dict(d) => {
                let mut t = Taint::default();
                for item in &d.items {
                    if let Some(k) = &item.key {
                        t.union(&self.expr(k, st));
                    }
                    t.union(&self.expr(&item.value, st));
                }
                t
            }
            Expr::Starred(s) => self.expr(&s.value, st),
            Expr::Await(a) => self.expr(&a.value, st),
            Expr::ListComp(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::SetComp(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::Generator(c) => self.comprehension(&c.generators, [Some(&*c.elt)], st),
            Expr::DictComp(c) => {
                self.comprehension(&c.generators, [c.key.as_deref(), Some(&*c.value)], st)
            }
            _ => Taint::default(),
        }
    }

    pub(super) fn comprehension<const N: usize>(
        &mut self,
        generators: &'a [ast::Comprehension],
        elements: [Option<&'a Expr>; N],
        st: &mut State,
    ) -> Taint {
        let mut inner = st.clone();
        for g in generators {
            let t = self.expr(&g.iter, &mut inner);
            self.bind(&g.target, None, &t, &mut inner);
            for cond in &g.ifs {
                self.expr(cond, &mut inner);
            }
        }
        let mut t = Taint::default();
        for e in elements.into_iter().flatten() {
            t.union(&self.expr(e, &mut inner));
        }
        t
    }

    pub(super) fn attribute_source(&mut self, expr: &'a Expr) -> Taint {
        // Most attribute reads cannot be sources: decide on the attribute's own name before building text.
        if let Expr::Attribute(a) = expr {
            if !self.spec.attribute_name_may_be_source(a.attr.id.as_str()) {
                return Taint::default();
            }
        }
        let text = callee_text(expr);
        let resolved = self.resolver.callee_fqn(expr, self.scope);
        self.scratch.clear();
        self.spec
            .attribute_sources(&text, resolved.as_deref(), &mut self.scratch);
        let mut t = Taint::default();
        let span = span_of(expr.range());
        for &r in &self.scratch {
            t.add(
                Label::Rule(r),
                Trace::start(span, format!("source: {text}")),
            );
        }
        t
    }

    /// Reports tainted arguments of a sink call (and records parameters reaching it, for summaries).
    pub(super) fn check_sinks(
        &mut self,
        index: u32,
        span: Span,
        callee: &str,
        positional: &[Taint],
        keywords: &[(Option<&str>, Taint)],
    ) {
        let site = &self.calls[index as usize];
        let mut sinks = Vec::new();
        self.spec.call_sinks(site, &mut sinks);
        for (rule, selected) in sinks {
            let mut checked = Taint::default();
            if selected.is_empty() {
                positional.iter().for_each(|p| checked.union(p));
                keywords.iter().for_each(|(_, k)| checked.union(k));
            } else {
                for sel in &selected {
                    match sel {
                        ArgSel::Index(i) => {
                            if let Some(p) = positional.get(*i) {
                                checked.union(p);
                            }
                        }
                        ArgSel::Name(n) => {
                            for (k, t) in keywords {
                                if *k == Some(n.as_str()) {
                                    checked.union(t);
                                }
                            }
                        }
                    }
                }
            }
            for (label, trace) in &checked.0 {
                match label {
                    Label::Rule(r) if *r == rule => {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            what: format!("sink: {callee}"),
                            place: None,
                        });
                        self.findings.push(TaintFinding {
                            rule: u32::from(rule),
                            sink: index,
                            steps,
                            crosses_functions: trace.crosses,
                        });
                    }
                    Label::Param(p, r) if *r == rule && self.spec.follows_calls(rule) => {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            what: format!("sink: {callee}"),
                            place: None,
                        });
                        self.param_sinks.push((*p, rule, steps, index));
                    }
                    _ => {}
                }
            }
        }
    }

    pub(super) fn call(&mut self, call: &'a ast::ExprCall, st: &mut State) -> Taint {
        let span = span_of(call.range());
        // Receiver (for methods) and arguments, in evaluation order.
        let receiver = match call.func.as_ref() {
            Expr::Attribute(a) => self.expr(&a.value, st),
            other => {
                self.expr(other, st);
                Taint::default()
            }
        };
        let mut positional = Vec::new();
        for a in call.arguments.args.iter() {
            positional.push(self.expr(a, st));
        }
        let mut keywords = Vec::new();
        for k in &call.arguments.keywords {
            keywords.push((
                k.arg.as_ref().map(|a| a.id.as_str()),
                self.expr(&k.value, st),
            ));
        }
        let Some(&index) = self.call_at.get(&(span.start, span.end)) else {
            let mut t = receiver;
            positional.iter().for_each(|p| t.union(p));
            return t;
        };
        let site = &self.calls[index as usize];
        let callee = site.callee.clone();

        self.check_sinks(index, span, &callee, &positional, &keywords);

        // `parts.append(x)`, `d.update(x)`: mutating a container with tainted data taints the container.
        if let Expr::Attribute(a) = call.func.as_ref() {
            if matches!(
                a.attr.id.as_str(),
                "append" | "extend" | "insert" | "add" | "update" | "appendleft" | "setdefault"
            ) {
                if let Some(key) = state_key(&a.value) {
                    let mut added = Taint::default();
                    positional.iter().for_each(|p| added.union(p));
                    if !added.is_empty() {
                        let added = added.then(span, || format!("added to {key}"));
                        st.entry(key).or_default().union(&added);
                    }
                }
            }
        }

        // Default propagation: a call's result carries its receiver's and arguments' taint.
        let mut propagated = Taint::default();
        if !is_clean_conversion(site) {
            propagated.union(&receiver);
            positional.iter().for_each(|p| propagated.union(p));
            keywords.iter().for_each(|(_, k)| propagated.union(k));
        }
        let mut result = Taint::default();
        match site.fqn.as_ref().and_then(|f| self.summaries.get(f)) {
            Some(summary) => {
                // Rules that follow calls use the function's summary; the others propagate as usual.
                propagated.0.retain(|(l, _)| match l {
                    Label::Rule(r) | Label::Param(_, r) => {
                        !(self.spec.follows_calls(*r) && summary.covers(*r))
                    }
                });
                result.union(&propagated);
                self.apply_summary(
                    summary,
                    index,
                    call,
                    span,
                    &callee,
                    &positional,
                    &keywords,
                    &mut result,
                );
            }
            None => result = propagated,
        }

        self.scratch.clear();
        self.spec.call_sanitizes(site, &mut self.scratch);
        if !self.scratch.is_empty() {
            let cleaned = self.scratch.clone();
            result.remove_rules(&cleaned);
        }
        self.scratch.clear();
        self.spec.call_sources(site, &mut self.scratch);
        for &r in &self.scratch {
            result.add(
                Label::Rule(r),
                Trace::start(span, format!("source: {callee}")),
            );
        }
        result
    }
}
