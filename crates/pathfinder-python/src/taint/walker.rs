//! The statement walk: assignments, branches, loops, `try`, `match`.

use super::analyze::{Function, Summary};
use super::fold::truthy;
use super::guards::{always_exits, Cond};
use super::summary_apply::state_key;
use super::value::*;
use super::*;
use crate::bindings::span_of;
use crate::model::{CallSite, ScopeId, Value};
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
    /// Rules whose sink is the value this function returns.
    pub(super) return_rules: Vec<RuleIdx>,
    /// While summarizing: the parameters, whose attribute reads may be sources for a caller.
    pub(super) symbolic: Vec<&'a str>,
    /// Attribute paths read on parameters (`ParamAttr` labels index it).
    pub(super) attr_paths: Vec<String>,
    /// (parameter, path index, rule, steps, sink call) for `param.path` reaching a sink.
    pub(super) param_attr_sinks: Vec<(u16, u16, RuleIdx, Vec<Step>, u32)>,
    /// Parameters of the file's `__init__` methods by class FQN (wrapper classes keeping the request).
    pub(super) init_params: Option<&'w FxHashMap<String, Vec<String>>>,
    /// Number of active rules (labels are `0..rules`).
    pub(super) rules: RuleIdx,
    /// A loop's state still changed after the last allowed round (see [`Walker::fixpoint`]).
    pub(super) capped: bool,
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
            return_rules: Vec::new(),
            capped: false,
            symbolic: Vec::new(),
            attr_paths: Vec::new(),
            param_attr_sinks: Vec::new(),
            init_params: None,
            rules: spec.rule_count(),
        }
    }

    pub(super) fn summarize(&mut self, f: &Function<'a>) -> Summary {
        self.run(f, true);
        let mut returns = Taint::default();
        let mut param_returns = Vec::new();
        let mut param_attr_returns = Vec::new();
        for (label, trace) in &self.returns.0 {
            match label {
                Label::Rule(_) => returns.add(*label, trace.clone()),
                Label::Param(i, r) => param_returns.push((*i, *r)),
                // Outside the function nothing is known of the prefix it will get.
                Label::Weak(r) => returns.add(Label::Rule(*r), trace.clone()),
                Label::WeakParam(i, r) => param_returns.push((*i, *r)),
                Label::ParamAttr(i, path, r) => {
                    let entry = (*i, self.attr_paths[*path as usize].clone(), *r);
                    if !param_attr_returns.contains(&entry) {
                        param_attr_returns.push(entry);
                    }
                }
            }
        }
        let param_attr_sinks = std::mem::take(&mut self.param_attr_sinks)
            .into_iter()
            .map(|(p, path, r, steps, sink)| {
                (p, self.attr_paths[path as usize].clone(), r, steps, sink)
            })
            .collect();
        Summary {
            returns,
            param_returns,
            param_attr_returns,
            param_attr_sinks,
            param_sinks: std::mem::take(&mut self.param_sinks),
            ctor_attr_returns: Vec::new(),
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
        let routed: Vec<&CallSite> = match self.spec.route_of(&f.fqn) {
            Some(route) => decorators.iter().copied().chain([route]).collect(),
            None => Vec::new(),
        };
        let method_rules = self.method_parameter_rules(f);
        for (i, &(p, span)) in f.params.iter().enumerate() {
            let mut t = Taint::default();
            self.scratch.clear();
            if !f.numeric.get(i).copied().unwrap_or(false) {
                if i >= 1 {
                    self.scratch.extend_from_slice(&method_rules);
                }
                // A routed view's first parameter (after `self`) is the request object, not a URL capture.
                let decorators = if routed.is_empty() || i <= usize::from(f.is_method) {
                    &decorators
                } else {
                    &routed
                };
                self.spec
                    .parameter_sources(p, decorators, &mut self.scratch);
            }
            for &r in &self.scratch {
                t.add(
                    Label::Rule(r),
                    Trace::start(span, StepKind::Source, "source: parameter ", p.to_string()),
                );
            }
            if symbolic_params {
                for r in 0..self.rules {
                    t.add(
                        Label::Param(i as u16, r),
                        Trace::start(span, StepKind::Source, "parameter ", p.to_string()),
                    );
                }
            }
            if !t.is_empty() {
                state.insert(p.to_string(), t);
            }
        }
        self.return_rules.clear();
        self.spec.return_sinks(&decorators, &mut self.return_rules);
        if symbolic_params {
            self.symbolic = f.params.iter().map(|(p, _)| *p).collect();
        }
        self.block(f.body, &mut state);
    }

    /// Rules whose sources are the parameters after `self` of this method, by the method's name and its
    /// class's bases (a Tornado `RequestHandler` subclass's `get`/`post`/...).
    fn method_parameter_rules(&self, f: &Function<'a>) -> Vec<RuleIdx> {
        let mut out = Vec::new();
        if !f.is_method {
            return out;
        }
        let b = self.resolver.b;
        let Some(class_scope) = b.scopes.get(f.scope as usize).and_then(|s| s.parent) else {
            return out;
        };
        let Some(data) = b.data.get(class_scope as usize) else {
            return out;
        };
        let outer = b
            .scopes
            .get(class_scope as usize)
            .and_then(|s| s.parent)
            .unwrap_or(class_scope);
        let bases: Vec<String> = data
            .bases
            .iter()
            .filter_map(|e| self.resolver.callee_fqn(e, outer))
            .collect();
        if bases.is_empty() {
            return out;
        }
        let method = f.fqn.rsplit('.').next().unwrap_or("");
        self.spec.method_parameter_sources(method, &bases, &mut out);
        out
    }

    /// The value a request handler returns is the response body: a sink of the rules with return sinks.
    fn check_return_sink(&mut self, span: crate::model::Span, t: &Taint) {
        if self.return_rules.is_empty() {
            return;
        }
        for (label, trace) in &t.0 {
            if let Label::Rule(r) | Label::Weak(r) = label {
                if self.return_rules.contains(r) {
                    let mut steps = trace.steps();
                    steps.push(Step {
                        span,
                        kind: StepKind::Sink,
                        verb: "sink: ",
                        subject: "returned as the response body".to_string(),
                        place: None,
                    });
                    self.findings.push(TaintFinding {
                        rule: u32::from(*r),
                        sink: RETURN_SINK,
                        steps,
                        crosses_functions: trace.crosses,
                        returned_at: Some((span, self.scope)),
                    });
                }
            }
        }
    }

    /// Entries of a returned dict literal that rules name as sinks (`return_fields`): an AWS Lambda proxy
    /// response's `headers.Location`, or its `body` when its headers declare HTML.
    fn check_return_fields(
        &mut self,
        r: &'a ast::StmtReturn,
        d: &'a ast::ExprDict,
        st: &mut State,
    ) {
        let mut flat: Vec<(ReturnedEntry, &'a Expr)> = Vec::new();
        self.flatten_dict(d, &mut Vec::new(), st, &mut flat);
        if flat.is_empty() {
            return;
        }
        let entries: Vec<ReturnedEntry> = flat.iter().map(|(e, _)| e.clone()).collect();
        let mut hits = Vec::new();
        self.spec.return_field_sinks(&entries, &mut hits);
        let span = span_of(r.range());
        for (rule, i) in hits {
            let Some(&(ref entry, value)) = flat.get(i) else {
                continue;
            };
            let t = self.expr(value, st);
            for (label, trace) in &t.0 {
                if let Label::Rule(lr) | Label::Weak(lr) = label {
                    if *lr == rule {
                        let mut steps = trace.steps();
                        steps.push(Step {
                            span,
                            kind: StepKind::Sink,
                            verb: "sink: returned as response field ",
                            subject: entry.path.join("."),
                            place: None,
                        });
                        self.findings.push(TaintFinding {
                            rule: u32::from(rule),
                            sink: RETURN_SINK,
                            steps,
                            crosses_functions: trace.crosses,
                            returned_at: Some((span, self.scope)),
                        });
                    }
                }
            }
        }
    }

    /// The entries of a dict literal with constant string keys, nested dict literals flattened (a few
    /// levels deep, a bounded number of entries).
    fn flatten_dict(
        &self,
        d: &'a ast::ExprDict,
        path: &mut Vec<String>,
        st: &State,
        out: &mut Vec<(ReturnedEntry, &'a Expr)>,
    ) {
        const MAX_DEPTH: usize = 4;
        const MAX_ENTRIES: usize = 64;
        for item in &d.items {
            if out.len() >= MAX_ENTRIES {
                return;
            }
            let Some(key) = &item.key else { continue };
            let Value::Str(key) = self.fold(key, st) else {
                continue;
            };
            path.push(key.to_lowercase());
            match &item.value {
                Expr::Dict(inner) if path.len() < MAX_DEPTH => {
                    self.flatten_dict(inner, path, st, out)
                }
                value => {
                    let (text, constant) = match self.fold(value, st) {
                        Value::Str(s) => (Some(s.to_string()), true),
                        _ => (self.text_template(value, st, 0), false),
                    };
                    out.push((
                        ReturnedEntry {
                            path: path.clone(),
                            text,
                            constant,
                        },
                        value,
                    ));
                }
            }
            path.pop();
        }
    }

    /// The constant text of a string built at run time with `{}` where a value goes (`"/p/" + x` →
    /// `/p/{}`); `None` when the expression is not such a string.
    fn text_template(&self, expr: &Expr, st: &State, depth: u32) -> Option<String> {
        if depth > 16 {
            return None;
        }
        match expr {
            Expr::FString(f) => crate::resolve::fstring_text(f, Some("{}")),
            Expr::BinOp(op) if op.op == ast::Operator::Add => {
                let piece = |e: &Expr| match self.fold(e, st) {
                    Value::Str(s) => s.to_string(),
                    _ => self
                        .text_template(e, st, depth + 1)
                        .unwrap_or_else(|| "{}".to_string()),
                };
                Some(piece(&op.left) + &piece(&op.right))
            }
            Expr::BinOp(op) if op.op == ast::Operator::Mod => match self.fold(&op.left, st) {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            },
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) if a.attr.id.as_str() == "format" => {
                    match self.fold(&a.value, st) {
                        Value::Str(s) => Some(s.to_string()),
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        }
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
                let (t, elems) = self.value_with_elems(&a.value, st);
                for target in &a.targets {
                    self.bind_assign(target, &a.value, &t, elems.clone(), st);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let (t, elems) = self.value_with_elems(v, st);
                    self.bind_assign(&a.target, v, &t, elems, st);
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
                    self.modelled_return_sink(r, &t);
                    // `return body, 200, headers`: the body is the first element. A dict or list is sent
                    // as JSON.
                    let body = match v.as_ref() {
                        Expr::Tuple(tuple) => tuple.elts.first(),
                        other => Some(other),
                    };
                    match body {
                        Some(
                            Expr::Dict(_) | Expr::List(_) | Expr::DictComp(_) | Expr::ListComp(_),
                        )
                        | None => {}
                        Some(b) if std::ptr::eq(b, v.as_ref()) => {
                            self.check_return_sink(span_of(r.range()), &t)
                        }
                        Some(b) => {
                            let bt = self.expr(b, st);
                            self.check_return_sink(span_of(r.range()), &bt);
                        }
                    }
                    if let Expr::Dict(d) = v.as_ref() {
                        if self.spec.has_return_fields() {
                            self.check_return_fields(r, d, st);
                        }
                    }
                    self.returns.union(&t.then(
                        span_of(r.range()),
                        StepKind::Return,
                        "returned",
                        String::new,
                    ));
                }
            }
            Stmt::If(i) => self.if_chain(i, st),
            Stmt::For(f) => {
                let t = self.expr(&f.iter, st);
                self.fixpoint(st, &f.body, |w, s| {
                    w.bind(&f.target, None, &t, s);
                    w.block(&f.body, s);
                });
                self.block(&f.orelse, st);
            }
            Stmt::While(wh) => {
                self.expr(&wh.test, st);
                // `while False:` (after folding) never runs its body.
                if truthy(&self.fold(&wh.test, st)) != Some(false) {
                    let cond = self.cond_facts(&wh.test, st, 0);
                    let facts = Self::merged(cond.if_true);
                    self.fixpoint(st, &wh.body, |w, s| {
                        w.apply_facts(&facts, s);
                        w.block(&wh.body, s);
                        w.expr(&wh.test, s);
                    });
                }
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
            Stmt::Match(m) => self.match_cases(m, st),
            Stmt::Delete(d) => {
                for target in &d.targets {
                    if let Some(k) = state_key(target) {
                        st.remove(&k);
                        st.forget(&k);
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
                // Past an `assert`, its condition holds.
                let cond = self.cond_facts(&a.test, st, 0);
                self.apply_facts(&Self::merged(cond.if_true), st);
            }
            _ => {}
        }
    }

    /// `if`/`elif`/`else`: a clause whose condition folds to false is dead, one that folds to true ends the
    /// chain; each branch starts with what its condition (and the failed earlier ones) tell about names
    /// (guards); a branch that always leaves (`return`, `raise`, `abort()`) adds nothing to the state after.
    fn if_chain(&mut self, i: &'a ast::StmtIf, st: &mut State) {
        let clauses = std::iter::once((Some(&*i.test), &i.body)).chain(
            i.elif_else_clauses
                .iter()
                .map(|c| (c.test.as_ref(), &c.body)),
        );
        let mut live: Option<State> = None;
        let mut before = st.clone();
        let mut falls_through = true;
        for (test, body) in clauses {
            let (decided, cond) = match test {
                Some(test) => {
                    self.expr(test, &mut before);
                    (
                        truthy(&self.fold(test, &before)),
                        self.cond_facts(test, &before, 0),
                    )
                }
                None => (Some(true), Cond::default()),
            };
            if decided == Some(false) {
                continue;
            }
            let mut branch = before.clone();
            self.apply_facts(&Self::merged(cond.if_true), &mut branch);
            self.block(body, &mut branch);
            if !always_exits(body) {
                join(&mut live, branch);
            }
            if decided == Some(true) {
                falls_through = false;
                break;
            }
            self.apply_facts(&Self::merged(cond.if_false), &mut before);
        }
        if falls_through {
            join(&mut live, before.clone());
        }
        // Every branch leaves: what follows is unreachable from here; keep the state before it.
        *st = live.unwrap_or(before);
    }

    /// `match`: a case whose literal pattern cannot equal a constant subject is dead; a case that always
    /// matches (a wildcard, or an equal literal, without a guard) ends the cases.
    fn match_cases(&mut self, m: &'a ast::StmtMatch, st: &mut State) {
        let subject_taint = self.expr(&m.subject, st);
        let subject = self.fold(&m.subject, st);
        let mut live: Option<State> = None;
        let mut falls_through = true;
        for case in &m.cases {
            let decided = self.pattern_matches(&case.pattern, &subject, st);
            if decided == Some(false) {
                continue;
            }
            let mut s = st.clone();
            // Names a pattern captures (`case {"id": x}`, `case [a, *rest]`, `case str() as s`) hold
            // parts of the subject: they carry its taint.
            let mut captured = Vec::new();
            pattern_captures(&case.pattern, &mut captured);
            for name in captured {
                if subject_taint.is_empty() {
                    s.remove(name.as_str());
                } else {
                    let span = span_of(name.range());
                    s.insert(
                        name.to_string(),
                        subject_taint.then(span, StepKind::Assignment, "captured as ", || {
                            name.to_string()
                        }),
                    );
                }
            }
            if let Some(g) = &case.guard {
                self.expr(g, &mut s);
            }
            self.block(&case.body, &mut s);
            if !always_exits(&case.body) {
                join(&mut live, s);
            }
            if decided == Some(true) && case.guard.is_none() {
                falls_through = false;
                break;
            }
        }
        if falls_through {
            join(&mut live, st.clone());
        }
        if let Some(live) = live {
            *st = live;
        }
    }

    fn pattern_matches(&self, p: &ast::Pattern, subject: &Value, st: &State) -> Option<bool> {
        match p {
            ast::Pattern::MatchAs(a) => match &a.pattern {
                None => Some(true),
                Some(inner) => self.pattern_matches(inner, subject, st),
            },
            ast::Pattern::MatchValue(v) => {
                let v = self.fold(&v.value, st);
                (subject.is_known()
                    && v.is_known()
                    && !matches!(subject, Value::Symbol(_) | Value::Instance(_)))
                .then(|| *subject == v)
            }
            ast::Pattern::MatchOr(o) => {
                let all: Vec<Option<bool>> = o
                    .patterns
                    .iter()
                    .map(|p| self.pattern_matches(p, subject, st))
                    .collect();
                if all.contains(&Some(true)) {
                    Some(true)
                } else if all.iter().all(|d| *d == Some(false)) {
                    Some(false)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// An assignment `target = value`: binds the taint, and remembers a constant value, a container's known
    /// elements and a parsed URL's origin for what follows.
    pub(super) fn bind_assign(
        &mut self,
        target: &'a Expr,
        value: &'a Expr,
        t: &Taint,
        elems: Option<Elems>,
        st: &mut State,
    ) {
        // `a, b = items` with a tracked list of that length binds element-wise.
        if let (
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }),
            Some(Elems::List(items)),
        ) = (target, &elems)
        {
            if items.len() == elts.len()
                && !elts.iter().any(Expr::is_starred_expr)
                && !matches!(value, Expr::Tuple(_))
            {
                for (e, (et, ev)) in elts.iter().zip(items) {
                    self.bind(e, None, et, st);
                    if let (Some(k), true) = (state_key(e), ev.is_known()) {
                        st.consts.insert(k, ev.clone());
                    }
                }
                return;
            }
        }
        // Only values that can fold are folded (calls, reads and subscripts never are, cheaply).
        let constant = match value {
            Expr::Call(_) | Expr::Subscript(_) | Expr::Attribute(_) | Expr::Await(_) => {
                Value::Unknown
            }
            _ => self.fold(value, st),
        };
        let origin = self.url_origin(value);
        let normalized = self.normalizes_path(value);
        self.bind(target, Some(value), t, st);
        let Some(key) = state_key(target) else {
            return;
        };
        if !matches!(target, Expr::Name(_) | Expr::Attribute(_)) {
            return;
        }
        if constant.is_known() && t.is_empty() {
            st.consts.insert(key.clone(), constant);
        }
        if let Some(elems) = elems {
            st.set_elems(&key, elems);
        }
        if let Some(origin) = origin {
            st.parsed.insert(key.clone(), origin);
        }
        if normalized {
            st.normalized.insert(key);
        }
    }

    /// `os.path.realpath(p)`, `abspath`, `normpath`, `Path(p).resolve()`: a path without `..` left in it.
    fn normalizes_path(&self, value: &Expr) -> bool {
        let Expr::Call(call) = value else {
            return false;
        };
        if let Expr::Attribute(a) = call.func.as_ref() {
            if a.attr.id.as_str() == "resolve" && call.arguments.args.is_empty() {
                return true;
            }
        }
        matches!(
            self.resolver.callee_fqn(&call.func, self.scope).as_deref(),
            Some(
                "os.path.realpath"
                    | "os.path.abspath"
                    | "os.path.normpath"
                    | "posixpath.realpath"
                    | "posixpath.abspath"
                    | "posixpath.normpath"
            )
        )
    }

    /// `urlparse(x)` / `urlsplit(x)` → the key of `x`.
    fn url_origin(&self, value: &Expr) -> Option<String> {
        let Expr::Call(call) = value else { return None };
        let last = match call.func.as_ref() {
            Expr::Name(n) => n.id.as_str(),
            Expr::Attribute(a) => a.attr.id.as_str(),
            _ => return None,
        };
        if !matches!(last, "urlparse" | "urlsplit") {
            return None;
        }
        let fqn = self.resolver.callee_fqn(&call.func, self.scope)?;
        if !matches!(
            fqn.as_str(),
            "urllib.parse.urlparse"
                | "urllib.parse.urlsplit"
                | "urlparse.urlparse"
                | "urlparse.urlsplit"
        ) {
            return None;
        }
        call.arguments.args.first().and_then(state_key)
    }

    /// Runs a loop body until the state stops changing (bounded), merging every iteration.
    pub(super) fn fixpoint(
        &mut self,
        st: &mut State,
        stmts: &[Stmt],
        mut body: impl FnMut(&mut Self, &mut State),
    ) {
        const ROUNDS: usize = 4;
        let mut taint_settled = false;
        for _ in 0..ROUNDS {
            let mut s = st.clone();
            body(self, &mut s);
            let mut merged = st.clone();
            merge_into(&mut merged, &s);
            if same_state(&merged, st) {
                return;
            }
            // Constants and container shapes may still change; only unsettled taint needs the fallback.
            taint_settled = merged.vars.len() == st.vars.len()
                && merged
                    .vars
                    .iter()
                    .all(|(k, v)| st.vars.get(k).is_some_and(|w| v.same_labels(w)));
            *st = merged;
        }
        if taint_settled {
            return;
        }
        // Still changing after the last round: taint may spread along a longer chain. Fall back to giving
        // every tainted name and every name the loop assigns all the labels the function holds (reported
        // with `--verbose`).
        self.capped = true;
        let mut all = Taint::default();
        for t in st.vars.values() {
            all.union(t);
        }
        let mut keys = Vec::new();
        assigned_keys(stmts, &mut keys, 0);
        for k in keys {
            st.consts.remove(&k);
            st.elems.remove(&k);
            st.vars.entry(k).or_default();
        }
        for t in st.vars.values_mut() {
            t.union(&all);
        }
        st.vars.retain(|_, t| !t.is_empty());
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
                if self.element_store(sub, value, t, st) {
                    return;
                }
                // Storing tainted data into a container taints the container.
                if let Some(k) = state_key(&sub.value) {
                    if !t.is_empty() {
                        let span = span_of(target.range());
                        st.entry(k.clone()).or_default().union(&t.then(
                            span,
                            StepKind::Assignment,
                            "stored in ",
                            || k.to_string(),
                        ));
                    }
                }
            }
            _ => {
                self.assign_sink(target, value, t);
                let Some(key) = state_key(target) else { return };
                st.forget(&key);
                if t.is_empty() {
                    st.remove(&key);
                } else {
                    let span = span_of(target.range());
                    st.insert(
                        key.clone(),
                        t.then(span, StepKind::Assignment, "assigned to ", || {
                            key.to_string()
                        }),
                    );
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
        let receiver = Taint::default();
        self.check_sinks(
            index,
            span,
            &callee,
            &receiver,
            &[key_taint, t.clone()],
            &[],
        );
    }

    /// `name = value` and `obj.attr = value` are the calls `__assign__("name", value)` and
    /// `obj.__setattr__("attr", value)`: they may be sinks (a weak random value bound to `token`).
    fn assign_sink(&mut self, target: &'a Expr, value: Option<&'a Expr>, t: &Taint) {
        let Some(value) = value else { return };
        let key = (
            target.range().start().to_u32(),
            value.range().end().to_u32(),
        );
        let Some(&index) = self.call_at.get(&key) else {
            return;
        };
        let site = &self.calls[index as usize];
        if !matches!(
            site.kind,
            crate::model::CallKind::Assign | crate::model::CallKind::SetAttr
        ) {
            return;
        }
        let (span, callee) = (site.span, site.callee.clone());
        let receiver = Taint::default();
        self.check_sinks(
            index,
            span,
            &callee,
            &receiver,
            &[Taint::default(), t.clone()],
            &[],
        );
    }

    /// `return value` is the call `<function>.__return__(value)`: it may be a sink (a weak random value
    /// returned from `make_token`).
    fn modelled_return_sink(&mut self, r: &'a ast::StmtReturn, t: &Taint) {
        let key = (r.range().start().to_u32(), r.range().end().to_u32());
        let Some(&index) = self.call_at.get(&key) else {
            return;
        };
        let site = &self.calls[index as usize];
        if site.kind != crate::model::CallKind::Return {
            return;
        }
        let (span, callee) = (site.span, site.callee.clone());
        let receiver = Taint::default();
        self.check_sinks(
            index,
            span,
            &callee,
            &receiver,
            std::slice::from_ref(t),
            &[],
        );
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

/// Adds a path's state to the states joined so far.
fn join(live: &mut Option<State>, state: State) {
    match live {
        Some(l) => merge_into(l, &state),
        None => *live = Some(state),
    }
}

/// The names a `case` pattern binds, in source order.
fn pattern_captures<'p>(pattern: &'p ast::Pattern, out: &mut Vec<&'p ast::Identifier>) {
    use ast::Pattern as P;
    match pattern {
        P::MatchValue(_) | P::MatchSingleton(_) => {}
        P::MatchSequence(p) => p.patterns.iter().for_each(|p| pattern_captures(p, out)),
        P::MatchMapping(p) => {
            p.patterns.iter().for_each(|p| pattern_captures(p, out));
            out.extend(p.rest.as_ref());
        }
        P::MatchClass(p) => {
            p.arguments
                .patterns
                .iter()
                .for_each(|p| pattern_captures(p, out));
            p.arguments
                .keywords
                .iter()
                .for_each(|k| pattern_captures(&k.pattern, out));
        }
        P::MatchStar(p) => out.extend(p.name.as_ref()),
        P::MatchAs(p) => {
            if let Some(inner) = &p.pattern {
                pattern_captures(inner, out);
            }
            out.extend(p.name.as_ref());
        }
        P::MatchOr(p) => p.patterns.iter().for_each(|p| pattern_captures(p, out)),
    }
}

/// State keys of the names a statement list assigns (targets of assignments, `for`, `with ... as`),
/// nested blocks included, to a bounded depth.
fn assigned_keys(stmts: &[Stmt], out: &mut Vec<String>, depth: u32) {
    fn targets(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            Expr::List(l) => l.elts.iter().for_each(|e| targets(e, out)),
            Expr::Starred(s) => targets(&s.value, out),
            other => out.extend(state_key(other)),
        }
    }
    if depth > 16 {
        return;
    }
    for stmt in stmts {
        match stmt {
            Stmt::Assign(a) => a.targets.iter().for_each(|t| targets(t, out)),
            Stmt::AugAssign(a) => targets(&a.target, out),
            Stmt::AnnAssign(a) => targets(&a.target, out),
            Stmt::For(f) => {
                targets(&f.target, out);
                assigned_keys(&f.body, out, depth + 1);
                assigned_keys(&f.orelse, out, depth + 1);
            }
            Stmt::While(w) => {
                assigned_keys(&w.body, out, depth + 1);
                assigned_keys(&w.orelse, out, depth + 1);
            }
            Stmt::If(i) => {
                assigned_keys(&i.body, out, depth + 1);
                for c in &i.elif_else_clauses {
                    assigned_keys(&c.body, out, depth + 1);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        targets(v, out);
                    }
                }
                assigned_keys(&w.body, out, depth + 1);
            }
            Stmt::Try(t) => {
                assigned_keys(&t.body, out, depth + 1);
                assigned_keys(&t.orelse, out, depth + 1);
                assigned_keys(&t.finalbody, out, depth + 1);
            }
            _ => {}
        }
    }
}
