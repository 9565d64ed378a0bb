//! The walk over one Go function: statements in order, expressions to taint values.

use super::guards::{self, Fact};
use super::value::{Label, State, Taint, Trace};
use super::Summary;
use pathfinder_python::taint::StepKind;
use pathfinder_python::taint::{
    ArgSel, Effect, ExportedFunction, RuleIdx, Step, TaintFinding, TaintSpec,
};
use pathfinder_python::{FileModel, Span};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;
use tree_sitter::Node;

/// Statements visited per function before the rest is left out (bounded work on huge functions).
const STATEMENT_BUDGET: usize = 20_000;
/// Expressions nested deeper than this are not followed (their value is clean).
const MAX_DEPTH: u32 = 64;
/// Statements nested deeper than this are left out (deeply nested input cannot exhaust the stack).
const MAX_NESTING: u32 = 120;
/// Rounds of a loop body before its state is taken as the fixpoint.
const LOOP_ROUNDS: usize = 3;

/// A function (or method) declaration of the file.
pub(super) struct Function<'t> {
    pub node: Node<'t>,
    /// `Func`, or `Type.Method` for a method.
    pub key: String,
}

/// The function and method declarations at the top of the file.
pub(super) fn functions<'t>(root: Node<'t>, src: &str) -> Vec<Function<'t>> {
    let mut out = Vec::new();
    let mut c = root.walk();
    for d in root.named_children(&mut c) {
        if !matches!(d.kind(), "function_declaration" | "method_declaration") {
            continue;
        }
        let Some(name) = d.child_by_field_name("name") else {
            continue;
        };
        let name = text(src, name);
        let mut key = name.to_string();
        if let Some(t) = d
            .child_by_field_name("receiver")
            .and_then(|r| r.named_child(0))
            .and_then(|p| p.child_by_field_name("type"))
        {
            let base = text(src, t).trim_start_matches('*');
            let base = base.split('[').next().unwrap_or(base);
            key = format!("{base}.{name}");
        }
        out.push(Function { node: d, key });
    }
    out
}

fn text<'s>(src: &'s str, n: Node) -> &'s str {
    src.get(n.byte_range()).unwrap_or("")
}

fn span(n: Node) -> Span {
    Span {
        start: n.start_byte() as u32,
        end: n.end_byte() as u32,
    }
}

fn children(n: Node) -> Vec<Node> {
    let mut c = n.walk();
    n.named_children(&mut c)
        .filter(|x| x.kind() != "comment")
        .collect()
}

/// Per-function facts the guards read.
#[derive(Default)]
pub(super) struct Frame {
    /// Variable → resolved type (`net/http.Request`), from parameters and composite literals.
    pub types: FxHashMap<String, String>,
    pub ret: Taint,
    pub param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
    /// `n, err := strconv.Atoi(x)`: `err` → (`x`, the rules the call validates `x` for).
    pub validated_by: FxHashMap<String, (String, Vec<RuleIdx>)>,
    /// `_, ok := allowed[x]`: `ok` → `x`.
    pub ok_of: FxHashMap<String, String>,
    /// Names holding a cleaned path (`filepath.Clean`, `Join`, `Abs`): a prefix check on them holds.
    pub cleaned: FxHashSet<String>,
    /// `u, err := url.Parse(x)`: `u` → `x`.
    pub parsed_from: FxHashMap<String, String>,
    /// States at `break`/`continue` of the loops being walked (innermost last).
    pub loop_exits: Vec<State>,
    budget: usize,
    nesting: u32,
}

pub(super) struct Ctx<'a> {
    pub src: &'a str,
    pub model: &'a FileModel,
    pub spec: &'a dyn TaintSpec,
    external: &'a [ExportedFunction],
    /// Call end → index in the model's calls (no two calls end at the same byte; a chained call's
    /// span starts at its method name, not at the start of its node).
    call_at: FxHashMap<u32, u32>,
    /// Summaries of the file's functions by key (`Func`, `Type.Method`).
    pub local: FxHashMap<String, Rc<Summary>>,
    /// Keys of every function of the file, and whether a call named one this round.
    pub function_keys: FxHashSet<String>,
    pub consulted: bool,
    pub record: bool,
    findings: Vec<TaintFinding>,
    rules: RuleIdx,
    /// `Type.field` → type, for the struct types of the file.
    fields: &'a FxHashMap<String, String>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(
        model: &'a FileModel,
        spec: &'a dyn TaintSpec,
        external: &'a [ExportedFunction],
        fields: &'a FxHashMap<String, String>,
    ) -> Ctx<'a> {
        let call_at = model
            .calls
            .iter()
            .enumerate()
            .map(|(i, c)| (c.span.end, i as u32))
            .collect();
        Ctx {
            src: &model.source,
            model,
            spec,
            external,
            call_at,
            local: FxHashMap::default(),
            function_keys: FxHashSet::default(),
            consulted: false,
            record: false,
            findings: Vec::new(),
            rules: spec.rule_count(),
            fields,
        }
    }

    pub(super) fn into_findings(mut self) -> Vec<TaintFinding> {
        self.findings.sort_by_key(|f| (f.sink, f.rule));
        self.findings
    }

    fn text(&self, n: Node) -> &'a str {
        text(self.src, n)
    }

    /// Walks one declared function from a state where each parameter carries its own label.
    pub(super) fn function(&mut self, f: &Function) -> Summary {
        let mut fr = Frame::default();
        let mut st = State::default();
        let mut params = Vec::new();
        if let Some(recv) = f.node.child_by_field_name("receiver") {
            self.declare_params(recv, &mut fr, &mut st, None);
        }
        if let Some(list) = f.node.child_by_field_name("parameters") {
            self.declare_params(list, &mut fr, &mut st, Some(&mut params));
        }
        if let Some(body) = f.node.child_by_field_name("body") {
            self.block(body, &mut st, &mut fr);
        }
        let mut s = Summary {
            params,
            ..Summary::default()
        };
        for l in &fr.ret.0 {
            match l.param {
                None => s.returns_source.push((l.rule, l.trace.steps())),
                Some(p) => s.param_returns.push((p, l.rule)),
            }
        }
        s.param_sinks = fr.param_sinks;
        s
    }

    /// Types the parameters of a list; with `names`, also gives each its own label (for the summary).
    fn declare_params(
        &self,
        list: Node,
        fr: &mut Frame,
        st: &mut State,
        mut names: Option<&mut Vec<String>>,
    ) {
        for p in children(list) {
            if !matches!(
                p.kind(),
                "parameter_declaration" | "variadic_parameter_declaration"
            ) {
                continue;
            }
            let ty = p
                .child_by_field_name("type")
                .and_then(|t| self.resolve_type(t));
            let mut c = p.walk();
            let idents: Vec<Node> = p.children_by_field_name("name", &mut c).collect();
            for id in idents {
                let name = self.text(id).to_string();
                match &ty {
                    Some(t) => fr.types.insert(name.clone(), t.clone()),
                    None => fr.types.remove(&name),
                };
                st.vars.remove(&name);
                // A parameter a rule names as a source (`variable("*password*")`).
                let mut rules = Vec::new();
                self.spec.parameter_sources(&name, &[], &mut rules);
                let sourced: Vec<Label> = rules
                    .into_iter()
                    .map(|rule| Label {
                        rule,
                        param: None,
                        trace: Trace::start(
                            span(id),
                            StepKind::Source,
                            "source: parameter ",
                            name.to_string(),
                        ),
                        crosses: false,
                    })
                    .collect();
                if !sourced.is_empty() {
                    st.vars.insert(name.clone(), Taint(sourced.clone()));
                }
                if let Some(names) = names.as_deref_mut() {
                    let i = names.len() as u16;
                    names.push(name.clone());
                    let labels = (0..self.rules)
                        .map(|rule| Label {
                            rule,
                            param: Some(i),
                            trace: Trace::start(
                                span(id),
                                StepKind::Source,
                                "parameter ",
                                name.to_string(),
                            ),
                            crosses: false,
                        })
                        .collect();
                    let mut t = Taint(labels);
                    t.union(&Taint(sourced));
                    st.vars.insert(name, t);
                }
            }
        }
    }

    /// `*http.Request` → `net/http.Request`; local types keep their own name.
    fn resolve_type(&self, t: Node) -> Option<String> {
        let mut t = t;
        for _ in 0..4 {
            if t.kind() != "pointer_type" {
                break;
            }
            t = t.named_child(0)?;
        }
        match t.kind() {
            "qualified_type" => {
                let pkg = self.text(t.child_by_field_name("package")?);
                let name = self.text(t.child_by_field_name("name")?);
                let path = self.model.imports.get(pkg)?;
                Some(format!("{path}.{name}"))
            }
            "type_identifier" => Some(self.text(t).to_string()),
            _ => None,
        }
    }

    fn block(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        for s in children(n) {
            if st.dead {
                break;
            }
            self.stmt(s, st, fr);
        }
    }

    fn stmt(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        if fr.budget >= STATEMENT_BUDGET || fr.nesting >= MAX_NESTING {
            return;
        }
        fr.budget += 1;
        fr.nesting += 1;
        self.stmt_inner(n, st, fr);
        fr.nesting -= 1;
    }

    fn stmt_inner(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        match n.kind() {
            "block" => self.block(n, st, fr),
            "expression_statement" => {
                if let Some(e) = n.named_child(0) {
                    self.expr(e, st, fr, 0);
                    if self.never_returns(e) {
                        st.dead = true;
                    }
                }
            }
            "short_var_declaration" | "assignment_statement" => self.assignment(n, st, fr),
            "var_declaration" => {
                let mut stack = vec![n];
                while let Some(x) = stack.pop() {
                    if x.kind() == "var_spec" {
                        self.var_spec(x, st, fr);
                    } else {
                        stack.extend(children(x));
                    }
                }
            }
            "if_statement" => self.if_stmt(n, st, fr),
            "for_statement" => self.for_stmt(n, st, fr),
            "expression_switch_statement" | "type_switch_statement" | "select_statement" => {
                self.switch(n, st, fr)
            }
            "return_statement" => {
                if let Some(list) = n.named_child(0) {
                    for e in children(list) {
                        let t = self.expr(e, st, fr, 0);
                        // An error result is not the data the caller uses.
                        if self.text(e) != "err" {
                            fr.ret.union(&t.then(
                                span(n),
                                StepKind::Return,
                                "returned",
                                String::new,
                            ));
                        }
                    }
                }
                st.dead = true;
            }
            "go_statement" | "defer_statement" => {
                if let Some(e) = n.named_child(0) {
                    self.expr(e, st, fr, 0);
                }
            }
            "labeled_statement" => {
                if let Some(s) = children(n).into_iter().last() {
                    self.stmt(s, st, fr);
                }
            }
            "break_statement" | "continue_statement" => {
                if let Some(top) = fr.loop_exits.last_mut() {
                    top.merge(st);
                }
                st.dead = true;
            }
            "goto_statement" => st.dead = true,
            "inc_statement" | "dec_statement" | "send_statement" => {
                for e in children(n) {
                    self.expr(e, st, fr, 0);
                }
            }
            _ => {}
        }
    }

    /// `panic(...)`, `os.Exit(...)`, `log.Fatal(...)`: the path ends here.
    fn never_returns(&self, e: Node) -> bool {
        if e.kind() != "call_expression" {
            return false;
        }
        let Some(f) = e.child_by_field_name("function") else {
            return false;
        };
        let t = self.text(f);
        t == "panic"
            || t == "os.Exit"
            || t.starts_with("log.Fatal")
            || t.starts_with("log.Panic")
            || t.ends_with(".Fatal")
            || t.ends_with(".Fatalf")
    }

    fn var_spec(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        let mut c = n.walk();
        let names: Vec<Node> = n.children_by_field_name("name", &mut c).collect();
        let ty = n
            .child_by_field_name("type")
            .and_then(|t| self.resolve_type(t));
        let values = n
            .child_by_field_name("value")
            .map(children)
            .unwrap_or_default();
        let shared =
            (values.len() == 1 && names.len() > 1).then(|| self.expr(values[0], st, fr, 0));
        for (i, name) in names.iter().enumerate() {
            let key = self.text(*name).to_string();
            if let Some(t) = &ty {
                fr.types.insert(key.clone(), t.clone());
            }
            let t = match (&shared, values.get(i)) {
                (Some(t), _) => t.clone(),
                (None, Some(v)) => self.expr(*v, st, fr, 0),
                (None, None) => Taint::default(),
            };
            self.bind(&key, false, t, span(*name), st);
        }
    }

    fn assignment(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        let (Some(left), Some(right)) = (
            n.child_by_field_name("left"),
            n.child_by_field_name("right"),
        ) else {
            return;
        };
        let lhs = children(left);
        let rhs = children(right);
        let compound = n
            .child_by_field_name("operator")
            .is_some_and(|op| !matches!(self.text(op), "=" | ":="));
        // Guards remember what the right-hand side checked, under the names the left-hand side binds.
        let last_name = lhs
            .last()
            .filter(|x| x.kind() == "identifier")
            .map(|x| self.text(*x).to_string());
        for l in &lhs {
            let name = self.text(*l);
            fr.validated_by.remove(name);
            fr.ok_of.remove(name);
            fr.parsed_from.remove(name);
            fr.cleaned.remove(name);
            if let Some(t) = self.type_of(rhs.first().copied(), lhs.len() == rhs.len()) {
                if lhs.len() == 1 {
                    fr.types.insert(name.to_string(), t);
                }
            }
        }
        if rhs.len() == 1 && lhs.len() > 1 {
            let r = rhs[0];
            self.remember_checks(r, &lhs, last_name.as_deref(), fr);
            let t = self.expr(r, st, fr, 0);
            for l in &lhs {
                // The error result of `b, err := io.ReadAll(r.Body)` is not the data read.
                let t = if is_error_name(self.text(*l)) {
                    Taint::default()
                } else {
                    t.clone()
                };
                self.assign_to(*l, t, compound, st, fr);
            }
            return;
        }
        for (i, l) in lhs.iter().enumerate() {
            let Some(r) = rhs.get(i) else { break };
            if lhs.len() == 1 {
                self.remember_checks(*r, &lhs, None, fr);
            }
            let t = self.expr(*r, st, fr, 0);
            self.assign_to(*l, t, compound, st, fr);
        }
    }

    /// The evident type of a single assigned value (`&Handler{}`, `Handler{}`).
    fn type_of(&self, v: Option<Node>, single: bool) -> Option<String> {
        let v = v.filter(|_| single)?;
        let v = if v.kind() == "unary_expression" {
            v.child_by_field_name("operand")?
        } else {
            v
        };
        (v.kind() == "composite_literal")
            .then(|| self.resolve_type(v.child_by_field_name("type")?))
            .flatten()
    }

    /// Facts an assignment establishes for later guards: a validating call's error, a map lookup's
    /// `ok`, a parsed URL, a cleaned path.
    fn remember_checks(&self, r: Node, lhs: &[Node], err: Option<&str>, fr: &mut Frame) {
        let first = lhs
            .first()
            .filter(|x| x.kind() == "identifier")
            .map(|x| self.text(*x).to_string());
        match r.kind() {
            "call_expression" => {
                let Some(call) = self.call_index(r).map(|i| &self.model.calls[i as usize]) else {
                    return;
                };
                let arg0 = r
                    .child_by_field_name("arguments")
                    .and_then(|a| children(a).into_iter().next())
                    .and_then(|a| self.path(a));
                let fqn = call.fqn.as_deref().unwrap_or("");
                if let (Some(err), Some(x)) = (err, &arg0) {
                    let mut rules = Vec::new();
                    self.spec.call_sanitizes(call, &mut rules);
                    if !rules.is_empty() {
                        fr.validated_by.insert(err.to_string(), (x.clone(), rules));
                    }
                }
                if let (Some(u), Some(x)) = (&first, &arg0) {
                    if matches!(fqn, "net/url.Parse" | "net/url.ParseRequestURI") {
                        fr.parsed_from.insert(u.clone(), x.clone());
                    }
                }
                if let Some(name) = &first {
                    if matches!(
                        fqn,
                        "path/filepath.Clean"
                            | "path/filepath.Join"
                            | "path/filepath.Abs"
                            | "path/filepath.EvalSymlinks"
                            | "path.Clean"
                            | "path.Join"
                    ) {
                        fr.cleaned.insert(name.clone());
                    }
                }
            }
            "index_expression" if lhs.len() == 2 => {
                if let (Some(ok), Some(x)) = (
                    lhs.get(1).map(|n| self.text(*n).to_string()),
                    r.child_by_field_name("index").and_then(|i| self.path(i)),
                ) {
                    fr.ok_of.insert(ok, x);
                }
            }
            _ => {}
        }
    }

    fn assign_to(&mut self, l: Node, t: Taint, compound: bool, st: &mut State, fr: &mut Frame) {
        if self.text(l) == "_" {
            return;
        }
        // Calls inside the target (`m[key(x)] = v`) still run.
        if l.kind() == "index_expression" {
            if let Some(i) = l.child_by_field_name("index") {
                self.expr(i, st, fr, 0);
            }
        }
        let Some((key, weak)) = self.lvalue(l) else {
            return;
        };
        let mut t = t;
        if compound {
            t.union(&self.read(&key, st));
        }
        self.bind(&key, weak, t, span(l), st);
    }

    /// Binds a value to a variable or field path. A weak update (an element of a slice or map, a
    /// pointer's target) adds to what is there.
    fn bind(&self, key: &str, weak: bool, t: Taint, at: Span, st: &mut State) {
        let t = if t.is_empty() {
            t
        } else {
            t.then(at, StepKind::Assignment, "assigned to ", || key.to_string())
        };
        if weak {
            st.vars.entry(key.to_string()).or_default().union(&t);
            return;
        }
        let prefix = format!("{key}.");
        st.vars.retain(|k, _| !k.starts_with(&prefix));
        st.vars.insert(key.to_string(), t);
    }

    /// The variable or field path an assignment writes, and whether the write is weak.
    fn lvalue(&self, l: Node) -> Option<(String, bool)> {
        self.lvalue_at(l, 0)
    }

    fn lvalue_at(&self, l: Node, depth: u32) -> Option<(String, bool)> {
        if depth > 16 {
            return None;
        }
        match l.kind() {
            "identifier" => Some((self.text(l).to_string(), false)),
            "selector_expression" => self.path(l).map(|p| (p, false)),
            "index_expression" => {
                let (p, _) = self.lvalue_at(l.child_by_field_name("operand")?, depth + 1)?;
                Some((p, true))
            }
            "unary_expression" | "parenthesized_expression" => {
                let inner = l
                    .child_by_field_name("operand")
                    .or_else(|| l.named_child(0))?;
                let (p, _) = self.lvalue_at(inner, depth + 1)?;
                Some((p, true))
            }
            _ => None,
        }
    }

    /// `x`, `u.Name`, `a.b.c`: a name or field path the state can hold.
    pub(super) fn path(&self, n: Node) -> Option<String> {
        // Walked down iteratively, and only so deep: a path is a handful of names.
        let mut fields: Vec<&str> = Vec::new();
        let mut cur = n;
        for _ in 0..16 {
            match cur.kind() {
                "identifier" => {
                    let mut out = self.text(cur).to_string();
                    for f in fields.iter().rev() {
                        out.push('.');
                        out.push_str(f);
                    }
                    return Some(out);
                }
                "selector_expression" => {
                    fields.push(self.text(cur.child_by_field_name("field")?));
                    cur = cur.child_by_field_name("operand")?;
                }
                "parenthesized_expression" => cur = cur.named_child(0)?,
                _ => return None,
            }
        }
        None
    }

    /// The taint of a path: its own entry, else the nearest enclosing one (`u.Name` of a tainted `u`);
    /// a whole struct also carries the taint of its fields.
    pub(super) fn read(&self, key: &str, st: &State) -> Taint {
        self.read_known(key, st).unwrap_or_default()
    }

    /// [`Ctx::read`], `None` when the state knows nothing of the path or what encloses it.
    fn read_known(&self, key: &str, st: &State) -> Option<Taint> {
        if let Some(t) = st.vars.get(key) {
            let mut t = t.clone();
            let prefix = format!("{key}.");
            for (k, v) in &st.vars {
                if k.starts_with(&prefix) {
                    t.union(v);
                }
            }
            return Some(t);
        }
        let mut k = key;
        while let Some((head, _)) = k.rsplit_once('.') {
            if let Some(t) = st.vars.get(head) {
                return Some(t.clone());
            }
            k = head;
        }
        let prefix = format!("{key}.");
        let mut t = Taint::default();
        let mut known = false;
        for (k, v) in &st.vars {
            if k.starts_with(&prefix) {
                t.union(v);
                known = true;
            }
        }
        known.then_some(t)
    }

    fn if_stmt(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        if let Some(init) = n.child_by_field_name("initializer") {
            self.stmt(init, st, fr);
        }
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        if let Some(cond) = n.child_by_field_name("condition") {
            self.expr(cond, st, fr, 0);
            (yes, no) = guards::facts(self, cond, st, fr);
        }
        let mut then_st = st.clone();
        self.apply(&yes, &mut then_st);
        if let Some(body) = n.child_by_field_name("consequence") {
            self.block(body, &mut then_st, fr);
        }
        let mut else_st = st.clone();
        self.apply(&no, &mut else_st);
        if let Some(alt) = n.child_by_field_name("alternative") {
            self.stmt(alt, &mut else_st, fr);
        }
        then_st.merge(&else_st);
        if else_st.dead && !then_st.dead {
            // merge() already kept then_st.
        }
        *st = then_st;
    }

    /// Cleans what a guard established, for the rules that trust it.
    fn apply(&self, facts: &[Fact], st: &mut State) {
        if st.dead {
            return;
        }
        for f in facts {
            let rules = f.rules(self.spec, self.rules);
            if rules.is_empty() {
                continue;
            }
            let t = self.read(&f.key, st).without(&rules);
            let prefix = format!("{}.", f.key);
            for (k, v) in st.vars.iter_mut() {
                if k.starts_with(&prefix) {
                    *v = std::mem::take(v).without(&rules);
                }
            }
            st.vars.insert(f.key.clone(), t);
        }
    }

    fn for_stmt(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        let mut range: Option<(Vec<Node>, Node)> = None;
        let mut update = None;
        for c in children(n) {
            match c.kind() {
                "for_clause" => {
                    if let Some(init) = c.child_by_field_name("initializer") {
                        self.stmt(init, st, fr);
                    }
                    if let Some(cond) = c.child_by_field_name("condition") {
                        self.expr(cond, st, fr, 0);
                    }
                    update = c.child_by_field_name("update");
                }
                "range_clause" => {
                    let left = c.child_by_field_name("left").map(children);
                    if let Some(right) = c.child_by_field_name("right") {
                        range = Some((left.unwrap_or_default(), right));
                    }
                }
                "block" => {}
                _ => {
                    self.expr(c, st, fr, 0);
                }
            }
        }
        let Some(body) = n.child_by_field_name("body") else {
            return;
        };
        let entry = st.clone();
        let mut head = st.clone();
        for _ in 0..LOOP_ROUNDS {
            let mut b = head.clone();
            if let Some((left, right)) = &range {
                let t = self.expr(*right, &mut b, fr, 0);
                for l in left {
                    self.assign_to(*l, t.clone(), false, &mut b, fr);
                }
            }
            fr.loop_exits.push(State {
                dead: true,
                ..State::default()
            });
            self.block(body, &mut b, fr);
            let exits = fr.loop_exits.pop().unwrap_or_default();
            b.merge(&exits);
            if let Some(u) = update {
                self.stmt(u, &mut b, fr);
            }
            if head.covers(&b) {
                break;
            }
            head.merge(&b);
        }
        // The loop may run zero times, or any number of times.
        let mut out = entry;
        out.merge(&head);
        *st = out;
    }

    fn switch(&mut self, n: Node, st: &mut State, fr: &mut Frame) {
        if let Some(init) = n.child_by_field_name("initializer") {
            self.stmt(init, st, fr);
        }
        let subject = n.child_by_field_name("value");
        if let Some(v) = subject {
            self.expr(v, st, fr, 0);
        }
        // `switch x { case "a", "b": ... }`: inside a case of constants, `x` is one of them.
        let subject_path = subject
            .filter(|_| n.kind() == "expression_switch_statement")
            .and_then(|v| self.path(v));
        let mut out = State {
            dead: true,
            ..State::default()
        };
        let mut has_default = false;
        fr.loop_exits.push(State {
            dead: true,
            ..State::default()
        });
        for case in children(n) {
            let mut c = st.clone();
            match case.kind() {
                "expression_case" => {
                    if let (Some(x), Some(values)) =
                        (&subject_path, case.child_by_field_name("value"))
                    {
                        if children(values)
                            .iter()
                            .all(|v| guards::is_constant(self, *v))
                        {
                            self.apply(&[Fact::allow_list(x.clone())], &mut c);
                        }
                    }
                }
                "default_case" => has_default = true,
                "type_case" | "communication_case" => {}
                _ => continue,
            }
            for s in children(case) {
                if matches!(
                    s.kind(),
                    "expression_list" | "receive_statement" | "send_statement"
                ) && case.kind() != "default_case"
                {
                    if case.kind() == "communication_case" {
                        self.stmt(s, &mut c, fr);
                    }
                    continue;
                }
                if c.dead {
                    break;
                }
                self.stmt(s, &mut c, fr);
            }
            out.merge(&c);
        }
        let exits = fr.loop_exits.pop().unwrap_or_default();
        out.merge(&exits);
        if !has_default {
            out.merge(st);
        }
        *st = out;
    }

    pub(super) fn call_index(&self, n: Node) -> Option<u32> {
        self.call_at.get(&(n.end_byte() as u32)).copied()
    }

    /// The taint of an expression's value; calls inside it are checked as sinks on the way.
    pub(super) fn expr(&mut self, n: Node, st: &mut State, fr: &mut Frame, depth: u32) -> Taint {
        if depth > MAX_DEPTH || st.dead {
            return Taint::default();
        }
        let d = depth + 1;
        match n.kind() {
            "identifier" => self.read(self.text(n), st),
            "selector_expression" => self.selector(n, st, fr, d),
            "call_expression" => self.call(n, st, fr, d),
            "parenthesized_expression" | "type_assertion_expression" => match n
                .child_by_field_name("operand")
                .or_else(|| n.named_child(0))
            {
                Some(x) => self.expr(x, st, fr, d),
                None => Taint::default(),
            },
            "variadic_argument" => match n.named_child(0) {
                Some(x) => self.expr(x, st, fr, d),
                None => Taint::default(),
            },
            "type_conversion_expression" => match n.child_by_field_name("operand") {
                Some(x) => self.expr(x, st, fr, d),
                None => Taint::default(),
            },
            "unary_expression" => {
                let op = n
                    .child_by_field_name("operator")
                    .map(|o| self.text(o))
                    .unwrap_or("");
                let t = match n.child_by_field_name("operand") {
                    Some(x) => self.expr(x, st, fr, d),
                    None => Taint::default(),
                };
                // `!x`, `-x`, `^x` are booleans and numbers, not attacker text.
                if matches!(op, "&" | "*" | "<-") {
                    t
                } else {
                    Taint::default()
                }
            }
            "binary_expression" => {
                let op = n
                    .child_by_field_name("operator")
                    .map(|o| self.text(o))
                    .unwrap_or("");
                let mut t = Taint::default();
                for side in ["left", "right"] {
                    if let Some(x) = n.child_by_field_name(side) {
                        t.union(&self.expr(x, st, fr, d));
                    }
                }
                // Comparisons and logic give booleans; only `+` builds text.
                if op != "+" {
                    return Taint::default();
                }
                // Text after a constant that fixes the host (`"/users/" + id`) cannot choose it.
                match self.leftmost_string(n) {
                    Some(prefix) if fixes_host(&prefix) => t.without(&self.url_host_rules()),
                    _ => t,
                }
            }
            "index_expression" => {
                if let Some(i) = n.child_by_field_name("index") {
                    self.expr(i, st, fr, d);
                }
                match n.child_by_field_name("operand") {
                    Some(x) => self.expr(x, st, fr, d),
                    None => Taint::default(),
                }
            }
            "slice_expression" => {
                for f in ["start", "end", "capacity"] {
                    if let Some(x) = n.child_by_field_name(f) {
                        self.expr(x, st, fr, d);
                    }
                }
                match n.child_by_field_name("operand") {
                    Some(x) => self.expr(x, st, fr, d),
                    None => Taint::default(),
                }
            }
            "composite_literal" => match n.child_by_field_name("body") {
                Some(b) => self.literal_value(b, st, fr, d),
                None => Taint::default(),
            },
            "func_literal" => {
                self.closure(n, st, fr);
                Taint::default()
            }
            _ => Taint::default(),
        }
    }

    fn literal_value(&mut self, n: Node, st: &mut State, fr: &mut Frame, d: u32) -> Taint {
        let mut t = Taint::default();
        if d > MAX_DEPTH {
            return t;
        }
        for e in children(n) {
            let v = match e.kind() {
                "keyed_element" => e.child_by_field_name("value"),
                _ => Some(e),
            };
            let Some(v) = v else { continue };
            // A literal element wraps an expression or a nested literal.
            let inner = if v.kind() == "literal_element" {
                v.named_child(0)
            } else {
                Some(v)
            };
            let Some(inner) = inner else { continue };
            let x = if inner.kind() == "literal_value" {
                self.literal_value(inner, st, fr, d + 1)
            } else {
                self.expr(inner, st, fr, d + 1)
            };
            t.union(&x);
        }
        t
    }

    /// A function literal runs with the variables it captures; its returns are its own, but a parameter
    /// of the enclosing function reaching a sink inside it is the enclosing function's effect.
    fn closure(&mut self, n: Node, st: &State, fr: &mut Frame) {
        let Some(body) = n.child_by_field_name("body") else {
            return;
        };
        let mut inner = st.clone();
        if let Some(params) = n.child_by_field_name("parameters") {
            self.declare_params(params, fr, &mut inner, None);
        }
        let ret = std::mem::take(&mut fr.ret);
        let exits = std::mem::take(&mut fr.loop_exits);
        self.block(body, &mut inner, fr);
        fr.ret = ret;
        fr.loop_exits = exits;
    }

    fn selector(&mut self, n: Node, st: &mut State, fr: &mut Frame, d: u32) -> Taint {
        let Some(field) = n.child_by_field_name("field") else {
            return Taint::default();
        };
        let field = self.text(field);
        let mut t = Taint::default();
        if self.spec.attribute_name_may_be_source(field) {
            let resolved = n
                .child_by_field_name("operand")
                .and_then(|o| self.type_of_expr(o, fr, 0))
                .map(|ty| format!("{ty}.{field}"));
            let mut rules = Vec::new();
            self.spec
                .attribute_sources(self.text(n), resolved.as_deref(), &mut rules);
            for rule in rules {
                t.0.push(Label {
                    rule,
                    param: None,
                    trace: Trace::start(
                        span(n),
                        StepKind::Source,
                        "source: ",
                        self.text(n).to_string(),
                    ),
                    crosses: false,
                });
            }
        }
        // What the state knows of the path (`u.Name` assigned or cleaned), else the operand's taint
        // (`r.URL.Path` of a source `r.URL`).
        match self.path(n) {
            // Assigned or cleaned as a whole: that is its value.
            Some(p) if st.vars.contains_key(&p) => t.union(&self.read(&p, st)),
            path => {
                if let Some(known) = path.and_then(|p| self.read_known(&p, st)) {
                    t.union(&known);
                }
                if let Some(o) = n.child_by_field_name("operand") {
                    t.union(&self.expr(o, st, fr, d));
                }
            }
        }
        t
    }

    /// The resolved type of an expression, when evident: a typed variable, a field of a typed struct, a
    /// framework accessor (`c.Request()` of echo) or a builder chain.
    fn type_of_expr(&self, n: Node, fr: &Frame, depth: u32) -> Option<String> {
        if depth > 16 {
            return None;
        }
        match n.kind() {
            "identifier" => fr.types.get(self.text(n)).cloned(),
            "parenthesized_expression" => self.type_of_expr(n.named_child(0)?, fr, depth + 1),
            "selector_expression" => {
                let owner = self.type_of_expr(n.child_by_field_name("operand")?, fr, depth + 1)?;
                let field = self.text(n.child_by_field_name("field")?);
                crate::field_type(self.fields, &owner, field)
            }
            "call_expression" => {
                let call = &self.model.calls[self.call_index(n)? as usize];
                let recv = call.receiver_type.as_deref()?;
                crate::chained_type(recv, &call.name)
            }
            _ => None,
        }
    }

    fn call(&mut self, n: Node, st: &mut State, fr: &mut Frame, d: u32) -> Taint {
        let function = n.child_by_field_name("function");
        let receiver = function
            .filter(|f| f.kind() == "selector_expression")
            .and_then(|f| f.child_by_field_name("operand"));
        let recv = match receiver {
            Some(r) => self.expr(r, st, fr, d),
            None => match function {
                // A called function value (`f(x)`) passes on its own taint, as a closure would.
                Some(f) if f.kind() != "identifier" => self.expr(f, st, fr, d),
                _ => Taint::default(),
            },
        };
        let arg_nodes = n
            .child_by_field_name("arguments")
            .map(children)
            .unwrap_or_default();
        // `make([]T, n)`, `new(T)`: the first argument is a type.
        let args: Vec<Taint> = arg_nodes
            .iter()
            .map(|a| {
                if a.kind().ends_with("_type") {
                    Taint::default()
                } else {
                    self.expr(*a, st, fr, d)
                }
            })
            .collect();
        let Some(idx) = self.call_index(n) else {
            let mut t = recv;
            args.iter().for_each(|a| t.union(a));
            return t;
        };
        let call = &self.model.calls[idx as usize];
        let at = span(n);
        let callee = call.callee.clone();

        let mut sinks = Vec::new();
        self.spec.call_sinks(call, &mut sinks);
        for (rule, sels) in sinks {
            let mut checked = Taint::default();
            if sels.is_empty() {
                args.iter().for_each(|a| checked.union(a));
            }
            for s in &sels {
                match s {
                    ArgSel::Index(i) => {
                        if let Some(a) = args.get(*i) {
                            checked.union(a);
                        }
                    }
                    ArgSel::Receiver => checked.union(&recv),
                    ArgSel::Name(_) => {}
                }
            }
            for l in checked.0.iter().filter(|l| l.rule == rule) {
                let trace = l
                    .trace
                    .then(at, StepKind::Sink, "sink: ", || callee.to_string());
                self.reach_sink(l, trace.steps(), idx, l.crosses, fr);
            }
        }

        let mut cleaned = Vec::new();
        self.spec.call_sanitizes(call, &mut cleaned);
        let mut sources = Vec::new();
        self.spec.call_sources(call, &mut sources);

        let mut result = self.through_call(n, idx, &recv, &args, st, fr);
        result = result.without(&cleaned);
        if call.fqn.as_deref() == Some("fmt.Sprintf") {
            // The constant text before the first verb is what the URL starts with.
            let format = arg_nodes
                .first()
                .and_then(|a| self.string_literal(*a))
                .map(|f| f.split('%').next().unwrap_or("").to_string());
            if format.is_some_and(|f| fixes_host(&f)) {
                result = result.without(&self.url_host_rules());
            }
        }
        for rule in sources {
            if !result.has(rule, None) {
                result.0.push(Label {
                    rule,
                    param: None,
                    trace: Trace::start(at, StepKind::Source, "source: ", self.text(n).to_string()),
                    crosses: false,
                });
            }
        }
        // Out-parameters: `c.ShouldBindJSON(&req)`, `json.Unmarshal(body, &v)`, `dec.Decode(&v)`.
        if !result.is_empty() {
            // A binder fills the pointer it is given, written `&v` or as a pointer variable.
            let binder = is_binder(&call.name);
            for a in &arg_nodes {
                let addressed = a.kind() == "unary_expression"
                    && a.child_by_field_name("operator")
                        .is_some_and(|o| self.text(o) == "&");
                let target = if addressed {
                    a.child_by_field_name("operand").and_then(|o| self.path(o))
                } else if binder && a.kind() == "identifier" {
                    self.path(*a)
                } else {
                    None
                };
                if let Some(key) = target {
                    self.bind(&key, true, result.clone(), span(*a), st);
                }
            }
        }
        result
    }

    /// The rules that trust host checks (redirects, SSRF): a fixed host is what they ask for.
    fn url_host_rules(&self) -> Vec<RuleIdx> {
        let bit = pathfinder_python::taint::guard_family("url_host").unwrap_or(0);
        (0..self.rules)
            .filter(|&r| self.spec.guard_bits(r) & bit != 0)
            .collect()
    }

    fn string_literal(&self, n: Node) -> Option<String> {
        match n.kind() {
            "interpreted_string_literal" | "raw_string_literal" => {
                let t = self.text(n);
                Some(
                    t.get(1..t.len().saturating_sub(1))
                        .unwrap_or("")
                        .to_string(),
                )
            }
            _ => None,
        }
    }

    /// The string literal a `+` chain starts with.
    fn leftmost_string(&self, n: Node) -> Option<String> {
        let mut cur = n;
        for _ in 0..MAX_DEPTH {
            match cur.kind() {
                "binary_expression" => cur = cur.child_by_field_name("left")?,
                "parenthesized_expression" => cur = cur.named_child(0)?,
                _ => return self.string_literal(cur),
            }
        }
        None
    }

    /// Source data (or a parameter, for the summary) reached a sink call.
    fn reach_sink(
        &mut self,
        l: &Label,
        steps: Vec<Step>,
        sink: u32,
        crosses: bool,
        fr: &mut Frame,
    ) {
        match l.param {
            None => {
                if self.record
                    && !self
                        .findings
                        .iter()
                        .any(|f| f.sink == sink && f.rule == self.spec.global_rule(l.rule))
                {
                    self.findings.push(TaintFinding {
                        rule: self.spec.global_rule(l.rule),
                        sink,
                        returned_at: None,
                        steps,
                        crosses_functions: crosses,
                    });
                }
            }
            Some(p) => {
                if !fr
                    .param_sinks
                    .iter()
                    .any(|(q, r, _, s)| *q == p && *r == l.rule && *s == sink)
                {
                    fr.param_sinks.push((p, l.rule, steps, sink));
                }
            }
        }
    }

    /// The value a call returns: by the callee's summary when there is one, else the taint of its
    /// receiver and arguments (a call passes its inputs on unless it is known not to).
    fn through_call(
        &mut self,
        n: Node,
        idx: u32,
        recv: &Taint,
        args: &[Taint],
        st: &State,
        fr: &mut Frame,
    ) -> Taint {
        let call = &self.model.calls[idx as usize];
        let at = span(n);
        let callee = call.callee.clone();
        if let Some(s) = self.local_summary(n, fr) {
            let mut out = Taint::default();
            for (rule, steps) in &s.returns_source {
                if let Some(trace) = Trace::from_steps(steps) {
                    out.0.push(Label {
                        rule: *rule,
                        param: None,
                        trace: trace
                            .then(at, StepKind::Call, "returned by ", || callee.to_string()),
                        crosses: true,
                    });
                }
            }
            for (p, rule) in &s.param_returns {
                if let Some(a) = arg_for(args, *p as usize, s.params.len()) {
                    for l in a.0.iter().filter(|l| l.rule == *rule) {
                        if !out.has(l.rule, l.param) {
                            out.0.push(Label {
                                trace: l
                                    .trace
                                    .then(at, StepKind::Call, "through ", || callee.to_string()),
                                crosses: true,
                                ..l.clone()
                            });
                        }
                    }
                }
            }
            for (p, rule, steps, sink) in &s.param_sinks {
                if let Some(a) = arg_for(args, *p as usize, s.params.len()) {
                    for l in a.0.iter().filter(|l| l.rule == *rule) {
                        let mut path = l
                            .trace
                            .then(at, StepKind::Call, "passed to ", || callee.to_string())
                            .steps();
                        // The callee's path starts at its parameter.
                        path.extend(steps.iter().skip(1).cloned());
                        self.reach_sink(l, path, *sink, true, fr);
                    }
                }
            }
            return out;
        }
        let name = super::summary_name(call);
        if super::callee(call).is_some() {
            if let Some(e) = self.external.iter().find(|e| e.function == name) {
                return self.external_summary(e, at, idx, &callee, recv, args, fr);
            }
        }
        if no_taint_result(call.fqn.as_deref().unwrap_or(&call.callee)) {
            return Taint::default();
        }
        let _ = st;
        let mut t = recv.clone();
        args.iter().for_each(|a| t.union(a));
        t
    }

    #[allow(clippy::too_many_arguments)]
    fn external_summary(
        &mut self,
        e: &ExportedFunction,
        at: Span,
        idx: u32,
        callee: &str,
        recv: &Taint,
        args: &[Taint],
        fr: &mut Frame,
    ) -> Taint {
        let mut out = Taint::default();
        let known: Vec<RuleIdx> = e
            .rules
            .iter()
            .filter_map(|&g| self.spec.local_rule(g))
            .collect();
        // Rules the summary was not computed for pass the inputs on.
        let mut rest = recv.clone();
        args.iter().for_each(|a| rest.union(a));
        rest.0.retain(|l| !known.contains(&l.rule));
        out.union(&rest);
        for effect in &e.effects {
            match effect {
                Effect::ReturnsSource { rule, steps } => {
                    let Some(rule) = self.spec.local_rule(*rule) else {
                        continue;
                    };
                    if let Some(trace) = Trace::from_steps(steps) {
                        out.0.push(Label {
                            rule,
                            param: None,
                            trace: trace
                                .then(at, StepKind::Call, "returned by ", || callee.to_string()),
                            crosses: true,
                        });
                    }
                }
                Effect::ParamReturns { param, rule } => {
                    let Some(rule) = self.spec.local_rule(*rule) else {
                        continue;
                    };
                    if let Some(a) = arg_for(args, *param as usize, e.params.len()) {
                        for l in a.0.iter().filter(|l| l.rule == rule) {
                            if !out.has(l.rule, l.param) {
                                out.0.push(Label {
                                    trace: l.trace.then(at, StepKind::Call, "through ", || {
                                        callee.to_string()
                                    }),
                                    crosses: true,
                                    ..l.clone()
                                });
                            }
                        }
                    }
                }
                Effect::ParamSink { param, rule, steps } => {
                    let Some(rule) = self.spec.local_rule(*rule) else {
                        continue;
                    };
                    if let Some(a) = arg_for(args, *param as usize, e.params.len()) {
                        for l in a.0.iter().filter(|l| l.rule == rule) {
                            let mut path = l
                                .trace
                                .then(at, StepKind::Call, "passed to ", || callee.to_string())
                                .steps();
                            path.extend(steps.iter().skip(1).cloned());
                            self.reach_sink(l, path, idx, true, fr);
                        }
                    }
                }
                // Attribute-path effects are what the Python lowering reports for request objects
                // kept on `self`; the Go lowering does not produce them.
                Effect::ParamAttrReturns { .. }
                | Effect::CtorAttrReturns { .. }
                | Effect::ParamAttrSink { .. } => {}
            }
        }
        out
    }

    /// The summary of a function or method of this file that a call names.
    fn local_summary(&mut self, n: Node, fr: &Frame) -> Option<Rc<Summary>> {
        let f = n.child_by_field_name("function")?;
        let key = match f.kind() {
            "identifier" => self.text(f).to_string(),
            "selector_expression" => {
                let op = f.child_by_field_name("operand")?;
                let ty = fr.types.get(self.text(op))?;
                // Only types of this package have their methods here.
                if ty.contains(['/', '.']) {
                    return None;
                }
                format!("{ty}.{}", self.text(f.child_by_field_name("field")?))
            }
            _ => return None,
        };
        if self.function_keys.contains(&key) {
            self.consulted = true;
        }
        self.local.get(&key).cloned()
    }
}

/// The argument passed for parameter `p` (the last parameter of a variadic function takes the rest).
fn arg_for(args: &[Taint], p: usize, params: usize) -> Option<Taint> {
    if params > 0 && p + 1 == params && args.len() > params {
        let mut t = Taint::default();
        args[p..].iter().for_each(|a| t.union(a));
        return Some(t);
    }
    args.get(p).cloned()
}

fn is_error_name(name: &str) -> bool {
    name == "err" || name.ends_with("Err")
}

/// Methods that decode into the value they are given (`c.BodyParser(job)`, `json.Unmarshal(b, v)`).
fn is_binder(name: &str) -> bool {
    name.starts_with("Bind")
        || name.starts_with("ShouldBind")
        || name.starts_with("MustBind")
        || name.ends_with("Parser")
        || matches!(name, "Decode" | "Unmarshal" | "Scan")
}

/// Whether a URL starting with this constant text has its host fixed: a path on this server (`/users/`,
/// not `//` or `/\`, which browsers read as another host) or an absolute URL whose host is complete
/// (`https://api.example.com/`).
fn fixes_host(prefix: &str) -> bool {
    if let Some(rest) = prefix.strip_prefix('/') {
        return !rest.is_empty() && !rest.starts_with(['/', '\\']);
    }
    match prefix.split_once("://") {
        Some((scheme, rest)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+')
                && rest.find('/').is_some_and(|i| i > 0)
        }
        None => false,
    }
}

/// Calls whose result carries no text of their arguments: sizes, predicates, comparisons, numbers.
fn no_taint_result(name: &str) -> bool {
    matches!(
        name,
        "len"
            | "cap"
            | "strings.Contains"
            | "strings.ContainsAny"
            | "strings.ContainsRune"
            | "strings.HasPrefix"
            | "strings.HasSuffix"
            | "strings.EqualFold"
            | "strings.Index"
            | "strings.IndexByte"
            | "strings.LastIndex"
            | "strings.Count"
            | "strings.Compare"
            | "bytes.Contains"
            | "bytes.HasPrefix"
            | "bytes.Equal"
            | "utf8.RuneCountInString"
            | "unicode/utf8.RuneCountInString"
            | "unicode/utf8.ValidString"
            | "errors.Is"
            | "errors.As"
            | "regexp.MatchString"
            | "time.Now"
    ) || name.ends_with(".MatchString")
        || name.ends_with(".Err")
        || name.ends_with(".Error")
}
