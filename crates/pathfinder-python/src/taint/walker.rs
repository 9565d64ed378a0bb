//! The statement walk: assignments, branches, loops, `try`, `match`.

use super::analyze::{Function, Summary};
use super::summary_apply::state_key;
use super::value::*;
use super::*;
use crate::bindings::span_of;
use crate::model::{CallSite, ScopeId};
use crate::resolve::Resolver;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;

pub(super) struct Walker<'w, 'b, 'a> {
    pub(super) resolver: &'w Resolver<'b, 'a>,
    pub(super) calls: &'w [CallSite],
    pub(super) call_at: &'w FxHashMap<(u32, u32), u32>,
    pub(super) spec: &'w dyn TaintSpec,
    pub(super) summaries: &'w FxHashMap<String, Summary>,
    pub(super) scope: ScopeId,
    pub(super) findings: Vec<TaintFinding>,
    pub(super) returns: Taint,
    pub(super) param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
    pub(super) scratch: Vec<RuleIdx>,
    /// Number of active rules (labels are `0..rules`).
    pub(super) rules: RuleIdx,
}

impl<'w, 'b, 'a> Walker<'w, 'b, 'a> {
    pub(super) fn new(
        resolver: &'w Resolver<'b, 'a>,
        calls: &'w [CallSite],
        call_at: &'w FxHashMap<(u32, u32), u32>,
        spec: &'w dyn TaintSpec,
        summaries: &'w FxHashMap<String, Summary>,
        scope: ScopeId,
    ) -> Self {
        Walker {
            resolver,
            calls,
            call_at,
            spec,
            summaries,
            scope,
            findings: Vec::new(),
            returns: Taint::default(),
            param_sinks: Vec::new(),
            scratch: Vec::new(),
            rules: spec.rule_count(),
        }
    }

    pub(super) fn summarize(&mut self, f: &Function<'a>) -> Summary {
        self.run(f, true);
        let mut returns = Taint::default();
        let mut param_returns = Vec::new();
        for (label, trace) in &self.returns.0 {
            match label {
                Label::Rule(_) => returns.add(*label, trace.clone()),
                Label::Param(i, r) => param_returns.push((*i, *r)),
            }
        }
        Summary {
            returns,
            param_returns,
            param_sinks: std::mem::take(&mut self.param_sinks),
            params: f.params.iter().map(|(p, _)| p.to_string()).collect(),
            is_method: f.is_method,
            covers: None,
        }
    }

    pub(super) fn run(&mut self, f: &Function<'a>, symbolic_params: bool) {
        let mut state = State::default();
        let calls = self.calls;
        let decorators: Vec<&CallSite> = f
            .decorators
            .iter()
            .filter_map(|d| self.call_at.get(&(d.start, d.end)))
            .map(|&i| &calls[i as usize])
            .collect();
        for (i, &(p, span)) in f.params.iter().enumerate() {
            let mut t = Taint::default();
            self.scratch.clear();
            if !f.numeric.get(i).copied().unwrap_or(false) {
                self.spec
                    .parameter_sources(p, &decorators, &mut self.scratch);
            }
            for &r in &self.scratch {
                t.add(
                    Label::Rule(r),
                    Trace::start(span, format!("source: parameter {p}")),
                );
            }
            if symbolic_params {
                for r in 0..self.rules {
                    t.add(
                        Label::Param(i as u16, r),
                        Trace::start(span, format!("parameter {p}")),
                    );
                }
            }
            if !t.is_empty() {
                state.insert(p.to_string(), t);
            }
        }
        self.block(f.body, &mut state);
    }

    pub(super) fn block(&mut self, body: &'a [Stmt], st: &mut State) {
        for stmt in body {
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt(stmt, st));
        }
    }

    pub(super) fn stmt(&mut self, stmt: &'a Stmt, st: &mut State) {
        match stmt {
            // Nested definitions are analysed as functions of their own.
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Expr(e) => {
                self.expr(&e.value, st);
            }
            Stmt::Assign(a) => {
                let t = self.expr(&a.value, st);
                for target in &a.targets {
                    self.bind(target, Some(&a.value), &t, st);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let t = self.expr(v, st);
                    self.bind(&a.target, Some(v), &t, st);
                }
            }
            Stmt::AugAssign(a) => {
                let mut t = self.expr(&a.value, st);
                t.union(&self.expr(&a.target, st));
                self.bind(&a.target, None, &t, st);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    let t = self.expr(v, st);
                    self.returns
                        .union(&t.then(span_of(r.range()), || "returned".to_string()));
                }
            }
            Stmt::If(i) => {
                self.expr(&i.test, st);
                let mut out = st.clone();
                self.block(&i.body, &mut out);
                let mut has_else = false;
                let mut before = st.clone();
                for clause in &i.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.expr(test, &mut before);
                    } else {
                        has_else = true;
                    }
                    let mut branch = before.clone();
                    self.block(&clause.body, &mut branch);
                    merge_into(&mut out, &branch);
                }
                if !has_else {
                    merge_into(&mut out, &before);
                }
                *st = out;
            }
            Stmt::For(f) => {
                let t = self.expr(&f.iter, st);
                self.fixpoint(st, |w, s| {
                    w.bind(&f.target, None, &t, s);
                    w.block(&f.body, s);
                });
                self.block(&f.orelse, st);
            }
            Stmt::While(wh) => {
                self.expr(&wh.test, st);
                self.fixpoint(st, |w, s| {
                    w.block(&wh.body, s);
                    w.expr(&wh.test, s);
                });
                self.block(&wh.orelse, st);
            }
            Stmt::With(with) => {
                for item in &with.items {
                    let t = self.expr(&item.context_expr, st);
                    if let Some(v) = &item.optional_vars {
                        self.bind(v, None, &t, st);
                    }
                }
                self.block(&with.body, st);
            }
            Stmt::Try(t) => {
                let before = st.clone();
                self.block(&t.body, st);
                // A handler may start anywhere in the body: from the union of before and after.
                let mut entry = before;
                merge_into(&mut entry, st);
                let mut out = st.clone();
                self.block(&t.orelse, &mut out);
                for handler in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    let mut s = entry.clone();
                    self.block(&h.body, &mut s);
                    merge_into(&mut out, &s);
                }
                self.block(&t.finalbody, &mut out);
                *st = out;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject, st);
                let mut out = st.clone();
                for case in &m.cases {
                    let mut s = st.clone();
                    if let Some(g) = &case.guard {
                        self.expr(g, &mut s);
                    }
                    self.block(&case.body, &mut s);
                    merge_into(&mut out, &s);
                }
                *st = out;
            }
            Stmt::Delete(d) => {
                for target in &d.targets {
                    if let Some(k) = state_key(target) {
                        st.remove(&k);
                    }
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e, st);
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test, st);
            }
            _ => {}
        }
    }

    /// Runs a loop body until the state stops changing (bounded), merging every iteration.
    pub(super) fn fixpoint(&mut self, st: &mut State, mut body: impl FnMut(&mut Self, &mut State)) {
        for _ in 0..4 {
            let mut s = st.clone();
            body(self, &mut s);
            let mut merged = st.clone();
            merge_into(&mut merged, &s);
            if same_state(&merged, st) {
                break;
            }
            *st = merged;
        }
    }

    pub(super) fn bind(
        &mut self,
        target: &'a Expr,
        value: Option<&'a Expr>,
        t: &Taint,
        st: &mut State,
    ) {
        match target {
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                // `a, b = x, y` binds element-wise; anything else spreads the whole value's taint.
                if let Some(Expr::Tuple(ast::ExprTuple { elts: values, .. })) = value {
                    if values.len() == elts.len() && !elts.iter().any(Expr::is_starred_expr) {
                        for (target, value) in elts.iter().zip(values.iter()) {
                            let vt = self.expr(value, st);
                            self.bind(target, Some(value), &vt, st);
                        }
                        return;
                    }
                }
                for e in elts {
                    self.bind(e, None, t, st);
                }
            }
            Expr::Starred(s) => self.bind(&s.value, None, t, st),
            Expr::Subscript(sub) => {
                self.setitem_sink(sub, value, t, st);
                // Storing tainted data into a container taints the container.
                if let Some(k) = state_key(&sub.value) {
                    if !t.is_empty() {
                        let span = span_of(target.range());
                        st.entry(k.clone())
                            .or_default()
                            .union(&t.then(span, || format!("stored in {k}")));
                    }
                }
            }
            _ => {
                let Some(key) = state_key(target) else { return };
                if t.is_empty() {
                    st.remove(&key);
                } else {
                    let span = span_of(target.range());
                    st.insert(key.clone(), t.then(span, || format!("assigned to {key}")));
                }
            }
        }
    }

    /// `target[key] = value` is the call `target.__setitem__(key, value)`: it may be a sink.
    pub(super) fn setitem_sink(
        &mut self,
        sub: &'a ast::ExprSubscript,
        value: Option<&'a Expr>,
        t: &Taint,
        st: &mut State,
    ) {
        let Some(value) = value else { return };
        // The modelled call spans the assignment statement: from the target to the end of the value.
        let key = (sub.range().start().to_u32(), value.range().end().to_u32());
        let Some(&index) = self.call_at.get(&key) else {
            return;
        };
        if self.calls[index as usize].kind != crate::model::CallKind::SetItem {
            return;
        }
        let key_taint = self.expr(&sub.slice, st);
        let span = self.calls[index as usize].span;
        let callee = self.calls[index as usize].callee.clone();
        self.check_sinks(index, span, &callee, &[key_taint, t.clone()], &[]);
    }

    pub(super) fn exprs(
        &mut self,
        exprs: impl IntoIterator<Item = &'a Expr>,
        st: &mut State,
    ) -> Taint {
        let mut t = Taint::default();
        for e in exprs {
            t.union(&self.expr(e, st));
        }
        t
    }
}
