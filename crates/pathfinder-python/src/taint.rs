//! Intra-file taint analysis, run on the AST while it is still alive, for the flow rules the engine
//! activates on this file (all of them in one walk, each value carrying the labels of the rules that taint it).
//!
//! Flow-sensitive abstract interpretation over statements: branches merge (tainted on any path), loops
//! iterate to a fixpoint, a sanitizer cleans only the value it returns, reassigning a constant clears a
//! name. Functions defined in the file get summaries (returns a source, parameter → return, parameter →
//! sink), computed to a fixpoint, which rules with `scope="global"` use at call sites.

use crate::bindings::{span_of, Bindings};
use crate::calls::callee_text;
use crate::model::{CallSite, ScopeId, Span};
use crate::resolve::Resolver;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Index of an active flow rule, as the engine numbered them for this file.
pub type RuleIdx = u16;

/// Which arguments of a sink call are checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgSel {
    Index(usize),
    Name(String),
}

/// The engine's answers about program points; the front end knows nothing about rules.
pub trait TaintSpec {
    /// Rules whose sources make this call's result tainted.
    fn call_sources(&self, call: &CallSite, out: &mut Vec<RuleIdx>);
    /// Rules for which this call returns a clean value.
    fn call_sanitizes(&self, call: &CallSite, out: &mut Vec<RuleIdx>);
    /// Rules for which this call is a sink, with the arguments to check (empty: every argument).
    fn call_sinks(&self, call: &CallSite, out: &mut Vec<(RuleIdx, Vec<ArgSel>)>);
    /// Rules whose sources include an attribute read written `text` (resolved to `resolved`).
    fn attribute_sources(&self, text: &str, resolved: Option<&str>, out: &mut Vec<RuleIdx>);
    /// Whether an attribute read ending in `.name` can be a source of an active rule (a quick pre-check).
    fn attribute_name_may_be_source(&self, name: &str) -> bool;
    /// Rules whose sources include a parameter with this name of a function with these decorator calls.
    fn parameter_sources(&self, name: &str, decorators: &[&CallSite], out: &mut Vec<RuleIdx>);
    /// The call of another file that routes requests to the function `fqn` (a URLconf entry), if any: it
    /// stands for a decorator of the function's parameters after the first (the request).
    fn route_of(&self, _fqn: &str) -> Option<&CallSite> {
        None
    }
    /// Whether the rule follows calls into functions of the file (`scope="global"`).
    fn follows_calls(&self, rule: RuleIdx) -> bool;
    /// Whether a source of an active rule can occur in this file at all. When not, only the summaries
    /// other files need are computed.
    fn sources_possible(&self) -> bool;
    /// Whether a source of an active rule can occur in this text (a quick textual pre-check).
    fn may_have_sources(&self, text: &str) -> bool;
    /// How many rules are active (rule indices are `0..rule_count()`).
    fn rule_count(&self) -> RuleIdx;
    /// The run-wide number of an active rule, and back (`None`: the rule is not active in this file).
    fn global_rule(&self, rule: RuleIdx) -> u32;
    fn local_rule(&self, global: u32) -> Option<RuleIdx>;
}

/// One step of a taint path. `place` is set when the step is in another file (a summary imported from it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub span: Span,
    pub what: String,
    pub place: Option<Place>,
}

/// A position in another file, already resolved to lines and columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub snippet: String,
}

/// What a function of one file does with taint, exported so that calls from other files can be followed
/// (cross-file flows): its parameters that reach sinks, the source data it returns, and which parameters
/// reach its return value. For a rule in `rules` but absent from `effects`, the function neither returns
/// source data nor passes a parameter through (a sanitizing wrapper, or a function returning clean data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFunction {
    /// The file defining the function.
    pub path: String,
    /// Fully qualified name of the function.
    pub function: String,
    pub params: Vec<String>,
    pub is_method: bool,
    /// Rules (numbered by the engine for the whole run) this summary was computed for.
    pub rules: Vec<u32>,
    pub effects: Vec<Effect>,
}

/// One effect of an exported function, for one rule (numbered by the engine for the whole run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The parameter reaches a sink; `steps` go from the parameter (first) to the sink (last).
    ParamSink {
        param: u16,
        rule: u32,
        steps: Vec<Step>,
    },
    /// The return value carries source data; `steps` go from the source to the `return`.
    ReturnsSource { rule: u32, steps: Vec<Step> },
    /// The parameter's taint reaches the return value.
    ParamReturns { param: u16, rule: u32 },
}

impl ExportedFunction {
    /// Rules whose sink a caller reaches through this function.
    pub fn sink_rules(&self) -> impl Iterator<Item = u32> + '_ {
        self.effects.iter().filter_map(|e| match e {
            Effect::ParamSink { rule, .. } => Some(*rule),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaintFinding {
    /// The rule, as numbered by the engine for the whole run.
    pub rule: u32,
    /// Index of the sink call in the model's calls.
    pub sink: u32,
    /// Source first, sink last.
    pub steps: Vec<Step>,
    /// The path crosses a function boundary.
    pub crosses_functions: bool,
}

#[derive(Debug)]
struct Trace {
    step: Step,
    prev: Option<Rc<Trace>>,
    len: u32,
    crosses: bool,
}

impl Trace {
    fn start(span: Span, what: String) -> Rc<Trace> {
        Rc::new(Trace {
            step: Step {
                span,
                what,
                place: None,
            },
            prev: None,
            len: 1,
            crosses: false,
        })
    }

    /// A path computed in another file, continued here.
    fn from_steps(steps: &[Step]) -> Option<Rc<Trace>> {
        let mut cur: Option<Rc<Trace>> = None;
        for step in steps {
            let len = cur.as_ref().map_or(1, |t| t.len + 1);
            cur = Some(Rc::new(Trace {
                step: step.clone(),
                prev: cur.take(),
                len,
                crosses: true,
            }));
        }
        cur
    }

    fn then(
        self: &Rc<Trace>,
        span: Span,
        what: impl FnOnce() -> String,
        crosses: bool,
    ) -> Rc<Trace> {
        // Long chains add nothing for the reader; keep the source and the latest steps bounded.
        if self.len >= 16 {
            return self.clone();
        }
        Rc::new(Trace {
            step: Step {
                span,
                what: what(),
                place: None,
            },
            prev: Some(self.clone()),
            len: self.len + 1,
            crosses: crosses || self.crosses,
        })
    }

    fn steps(&self) -> Vec<Step> {
        let mut steps = vec![self.step.clone()];
        let mut cur = self.prev.as_ref();
        while let Some(t) = cur {
            steps.push(t.step.clone());
            cur = t.prev.as_ref();
        }
        steps.reverse();
        steps
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Label {
    Rule(RuleIdx),
    /// Symbolic taint of a function's parameter as seen by one rule, for summaries: a sanitizer of
    /// that rule removes it like it removes the rule's own taint.
    Param(u16, RuleIdx),
}

/// A value's taint: labels with the path that brought each one. Sorted by label, first path kept.
#[derive(Debug, Clone, Default)]
struct Taint(Vec<(Label, Rc<Trace>)>);

impl Taint {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn add(&mut self, label: Label, trace: Rc<Trace>) {
        if let Err(i) = self.0.binary_search_by_key(&label, |(l, _)| *l) {
            self.0.insert(i, (label, trace));
        }
    }

    fn union(&mut self, other: &Taint) {
        for (l, t) in &other.0 {
            self.add(*l, t.clone());
        }
    }

    fn remove_rules(&mut self, rules: &[RuleIdx]) {
        self.0.retain(|(l, _)| match l {
            Label::Rule(r) | Label::Param(_, r) => !rules.contains(r),
        });
    }

    fn labels(&self) -> impl Iterator<Item = Label> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    fn then(&self, span: Span, what: impl Fn() -> String) -> Taint {
        Taint(
            self.0
                .iter()
                .map(|(l, t)| (*l, t.then(span, &what, false)))
                .collect(),
        )
    }

    fn same_labels(&self, other: &Taint) -> bool {
        self.labels().eq(other.labels())
    }
}

type State = FxHashMap<String, Taint>;

fn merge_into(into: &mut State, other: &State) {
    for (k, v) in other {
        into.entry(k.clone()).or_default().union(v);
    }
}

fn same_state(a: &State, b: &State) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| v.same_labels(w)))
}

/// What a function of this file does with taint.
#[derive(Debug, Default, Clone)]
struct Summary {
    /// Taint its return value carries from sources inside it.
    returns: Taint,
    /// (parameter, rule): the parameter's taint reaches the return value for that rule.
    param_returns: Vec<(u16, RuleIdx)>,
    /// Parameter → (rule, path inside the function to the sink, sink call).
    param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
    params: Vec<String>,
    /// Called through an instance: the first parameter is the receiver.
    is_method: bool,
    /// Rules the summary speaks for (`None`: every active rule). A summary from another file covers only
    /// the rules that were active there; other rules propagate through the call as through any call.
    covers: Option<Vec<RuleIdx>>,
}

impl Summary {
    fn covers(&self, rule: RuleIdx) -> bool {
        self.covers.as_ref().is_none_or(|c| c.contains(&rule))
    }
}

struct Function<'a> {
    fqn: String,
    scope: ScopeId,
    params: Vec<(&'a str, Span)>,
    /// Spans of the decorator expressions (calls are found by span).
    decorators: Vec<Span>,
    /// Per parameter: annotated with a type that cannot carry text (`int`, `float`, `bool`, `UUID`).
    numeric: Vec<bool>,
    is_method: bool,
    body: &'a [Stmt],
    span: Span,
}

/// Marks a summarized sink that lies in another file (reported at the call that leads there).
const ELSEWHERE: u32 = u32::MAX;

/// Where the analysed file is, to export its summaries with resolved positions.
pub(crate) struct FileRef<'f> {
    pub path: &'f str,
    pub source: &'f str,
    pub lines: &'f crate::model::LineIndex,
}

impl FileRef<'_> {
    fn place(&self, step: &Step) -> Step {
        if step.place.is_some() {
            return step.clone();
        }
        let (line, column) = self.lines.position(self.source, step.span.start);
        let (end_line, end_column) = self.lines.position(self.source, step.span.end);
        let snippet = self.lines.line_text(self.source, line).trim().to_string();
        let path = self.path.to_string();
        Step {
            place: Some(Place {
                path,
                line,
                column,
                end_line,
                end_column,
                snippet,
            }),
            ..step.clone()
        }
    }
}

/// Runs the analysis; returns one finding per (rule, sink call), and the file's functions whose parameters
/// reach a sink (for callers in other files). `external` are such functions of other files.
pub(crate) fn analyze<'a>(
    body: &'a [Stmt],
    bindings: &Bindings<'a>,
    calls: &[CallSite],
    spec: &dyn TaintSpec,
    external: &[ExportedFunction],
    file: &FileRef<'_>,
) -> (Vec<TaintFinding>, Vec<ExportedFunction>) {
    // Keyed by the whole span: `f()(x)` and `f()` start at the same offset.
    let mut call_at: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    for (i, c) in calls.iter().enumerate() {
        if matches!(
            c.kind,
            crate::model::CallKind::Call | crate::model::CallKind::SetItem
        ) {
            call_at.insert((c.span.start, c.span.end), i as u32);
        }
    }
    let mut functions = Vec::new();
    collect_functions(body, bindings, &mut functions);
    let module = Function {
        fqn: String::new(),
        scope: 0,
        params: Vec::new(),
        decorators: Vec::new(),
        numeric: Vec::new(),
        is_method: false,
        body,
        span: Span::default(),
    };

    let resolver = Resolver { b: bindings };
    let mut summaries: FxHashMap<String, Summary> = FxHashMap::default();
    for e in external {
        if let Some(summary) = imported_summary(e, spec) {
            summaries.insert(e.function.clone(), summary);
        }
    }
    let local: Vec<String> = functions.iter().map(|f| f.fqn.clone()).collect();
    // Only functions that touch a source, sink, sanitizer or another summarized function can have a
    // summary that differs from plain propagation; the rest are skipped (most functions of a file).
    let mut relevant_starts = Vec::new();
    let mut roles = Vec::new();
    let mut sinks = Vec::new();
    for c in calls {
        roles.clear();
        sinks.clear();
        spec.call_sources(c, &mut roles);
        spec.call_sanitizes(c, &mut roles);
        spec.call_sinks(c, &mut sinks);
        let calls_summarized = c
            .fqn
            .as_ref()
            .is_some_and(|f| summaries.contains_key(f) || local.contains(f));
        if !roles.is_empty() || !sinks.is_empty() || calls_summarized {
            relevant_starts.push(c.span.start);
        }
    }
    relevant_starts.sort_unstable();
    let functions: Vec<&Function<'_>> = functions
        .iter()
        .filter(|f| {
            let text = file
                .source
                .get(f.span.start as usize..f.span.end as usize)
                .unwrap_or("");
            let first = relevant_starts.partition_point(|&s| s < f.span.start);
            spec.may_have_sources(text)
                || relevant_starts.get(first).is_some_and(|&s| s < f.span.end)
        })
        .collect();
    // Summaries to a (small, bounded) fixpoint: helpers calling helpers settle in a few rounds. A file where
    // no source can occur only needs its summaries for callers in other files: one round gives them.
    let local_flows = spec.sources_possible() || !external.is_empty();
    for _ in 0..if local_flows { 4 } else { 1 } {
        let mut changed = false;
        for f in &functions {
            let mut w = Walker::new(&resolver, calls, &call_at, spec, &summaries, f.scope);
            let summary = w.summarize(f);
            let old = summaries.get(&f.fqn);
            if old.is_none_or(|o| !same_summary(o, &summary)) {
                changed = true;
                summaries.insert(f.fqn.clone(), summary);
            }
        }
        if !changed {
            break;
        }
    }
    let mut findings: FxHashMap<(u32, u32), TaintFinding> = FxHashMap::default();
    let walked: &[&Function<'_>] = if local_flows { &functions } else { &[] };
    let module_walk = local_flows.then_some(&module);
    for f in walked.iter().copied().chain(module_walk) {
        let mut w = Walker::new(&resolver, calls, &call_at, spec, &summaries, f.scope);
        w.run(f, false);
        for finding in w.findings {
            findings
                .entry((finding.rule, finding.sink))
                .or_insert(finding);
        }
    }
    let mut out: Vec<TaintFinding> = findings
        .into_values()
        .map(|f| TaintFinding {
            rule: spec.global_rule(f.rule as RuleIdx),
            ..f
        })
        .collect();
    out.sort_by_key(|f| (f.sink, f.rule));
    let rules: Vec<u32> = (0..spec.rule_count())
        .map(|r| spec.global_rule(r))
        .collect();
    let mut exported = Vec::new();
    for fqn in &local {
        let Some(summary) = summaries.get(fqn) else {
            continue;
        };
        let mut effects = Vec::new();
        for (param, rule, steps, _) in &summary.param_sinks {
            effects.push(Effect::ParamSink {
                param: *param,
                rule: spec.global_rule(*rule),
                steps: steps.iter().map(|s| file.place(s)).collect(),
            });
        }
        for (label, trace) in &summary.returns.0 {
            if let Label::Rule(r) = label {
                effects.push(Effect::ReturnsSource {
                    rule: spec.global_rule(*r),
                    steps: trace.steps().iter().map(|s| file.place(s)).collect(),
                });
            }
        }
        for &(param, r) in &summary.param_returns {
            effects.push(Effect::ParamReturns {
                param,
                rule: spec.global_rule(r),
            });
        }
        exported.push(ExportedFunction {
            path: file.path.to_string(),
            function: fqn.clone(),
            params: summary.params.clone(),
            is_method: summary.is_method,
            rules: rules.clone(),
            effects,
        });
    }
    (out, exported)
}

/// The summary of another file's function, for the rules active here.
fn imported_summary(e: &ExportedFunction, spec: &dyn TaintSpec) -> Option<Summary> {
    let covers: Vec<RuleIdx> = e.rules.iter().filter_map(|&r| spec.local_rule(r)).collect();
    let mut summary = Summary {
        params: e.params.clone(),
        is_method: e.is_method,
        ..Summary::default()
    };
    for effect in &e.effects {
        match effect {
            Effect::ParamSink { param, rule, steps } => {
                if let Some(r) = spec.local_rule(*rule) {
                    summary
                        .param_sinks
                        .push((*param, r, steps.clone(), ELSEWHERE));
                }
            }
            Effect::ReturnsSource { rule, steps } => {
                if let (Some(r), Some(trace)) = (spec.local_rule(*rule), Trace::from_steps(steps)) {
                    summary.returns.add(Label::Rule(r), trace);
                }
            }
            Effect::ParamReturns { param, rule } => {
                if let Some(r) = spec.local_rule(*rule) {
                    summary.param_returns.push((*param, r));
                }
            }
        }
    }
    if covers.is_empty() {
        return None;
    }
    summary.covers = Some(covers);
    Some(summary)
}

fn same_summary(a: &Summary, b: &Summary) -> bool {
    a.returns.same_labels(&b.returns)
        && a.param_returns == b.param_returns
        && a.param_sinks.len() == b.param_sinks.len()
}

fn collect_functions<'a>(body: &'a [Stmt], bindings: &Bindings<'a>, out: &mut Vec<Function<'a>>) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(func) => {
                let Some(&scope) = bindings.scope_of.get(&func.range().start().to_u32()) else {
                    continue;
                };
                let parent = bindings.scopes[scope as usize].parent.unwrap_or(0);
                let is_method = bindings.scopes[parent as usize].kind == crate::model::ScopeKind::Class
                    && !func.decorator_list.iter().any(|d| {
                        matches!(&d.expression, Expr::Name(n) if n.id.as_str() == "staticmethod")
                    });
                let all = || {
                    func.parameters
                        .posonlyargs
                        .iter()
                        .chain(&func.parameters.args)
                        .chain(&func.parameters.kwonlyargs)
                };
                let params = all()
                    .map(|p| (p.parameter.name.id.as_str(), span_of(p.parameter.range())))
                    .collect();
                let numeric = all()
                    .map(|p| {
                        p.parameter
                            .annotation
                            .as_deref()
                            .is_some_and(is_numeric_annotation)
                            || crate::params::framework_supplied(p)
                    })
                    .collect();
                out.push(Function {
                    fqn: bindings.fqn_of_local(&bindings.scopes[scope as usize].qualname),
                    scope,
                    params,
                    numeric,
                    decorators: func
                        .decorator_list
                        .iter()
                        .map(|d| span_of(d.expression.range()))
                        .collect(),
                    is_method,
                    body: &func.body,
                    span: span_of(func.range()),
                });
                collect_functions(&func.body, bindings, out);
            }
            Stmt::ClassDef(class) => collect_functions(&class.body, bindings, out),
            _ => {}
        }
    }
}

struct Walker<'w, 'b, 'a> {
    resolver: &'w Resolver<'b, 'a>,
    calls: &'w [CallSite],
    call_at: &'w FxHashMap<(u32, u32), u32>,
    spec: &'w dyn TaintSpec,
    summaries: &'w FxHashMap<String, Summary>,
    scope: ScopeId,
    findings: Vec<TaintFinding>,
    returns: Taint,
    param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
    scratch: Vec<RuleIdx>,
    /// Number of active rules (labels are `0..rules`).
    rules: RuleIdx,
}

impl<'w, 'b, 'a> Walker<'w, 'b, 'a> {
    fn new(
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

    fn summarize(&mut self, f: &Function<'a>) -> Summary {
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

    fn run(&mut self, f: &Function<'a>, symbolic_params: bool) {
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
        for (i, &(p, span)) in f.params.iter().enumerate() {
            let mut t = Taint::default();
            self.scratch.clear();
            if !f.numeric.get(i).copied().unwrap_or(false) {
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

    fn block(&mut self, body: &'a [Stmt], st: &mut State) {
        for stmt in body {
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt(stmt, st));
        }
    }

    fn stmt(&mut self, stmt: &'a Stmt, st: &mut State) {
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
    fn fixpoint(&mut self, st: &mut State, mut body: impl FnMut(&mut Self, &mut State)) {
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

    fn bind(&mut self, target: &'a Expr, value: Option<&'a Expr>, t: &Taint, st: &mut State) {
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
    fn setitem_sink(
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

    fn exprs(&mut self, exprs: impl IntoIterator<Item = &'a Expr>, st: &mut State) -> Taint {
        let mut t = Taint::default();
        for e in exprs {
            t.union(&self.expr(e, st));
        }
        t
    }

    fn expr(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(expr, st))
    }

    fn expr_inner(&mut self, expr: &'a Expr, st: &mut State) -> Taint {
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

    fn comprehension<const N: usize>(
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

    fn attribute_source(&mut self, expr: &'a Expr) -> Taint {
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
    fn check_sinks(
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

    fn call(&mut self, call: &'a ast::ExprCall, st: &mut State) -> Taint {
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

impl Walker<'_, '_, '_> {
    /// Applies a callee's summary at a call site: source taint it returns, parameters that flow to its
    /// return value, and parameters that reach a sink inside it (reported at that sink).
    #[allow(clippy::too_many_arguments)]
    fn apply_summary(
        &mut self,
        summary: &Summary,
        index: u32,
        call: &ast::ExprCall,
        span: Span,
        callee: &str,
        positional: &[Taint],
        keywords: &[(Option<&str>, Taint)],
        result: &mut Taint,
    ) {
        // A method called through an instance receives the instance as its first parameter.
        let offset =
            usize::from(summary.is_method && matches!(call.func.as_ref(), Expr::Attribute(_)));
        let arg_taint = |param: usize| -> Option<&Taint> {
            let name = summary.params.get(param)?;
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
                    trace.then(span, || format!("returned by {callee}"), true),
                );
            }
        }
        for &(p, rule) in &summary.param_returns {
            if let Some(t) = arg_taint(p as usize) {
                let mut through = t.then(span, || format!("through {callee}"));
                // Only this rule's taint passes; rules that do not follow calls were propagated already.
                through.0.retain(|(l, _)| match l {
                    Label::Rule(r) | Label::Param(_, r) => {
                        *r == rule && self.spec.follows_calls(rule)
                    }
                });
                result.union(&through);
            }
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
                    Label::Rule(r) if r == rule => {
                        steps.push(Step {
                            span,
                            what: format!("passed to {callee}"),
                            place: None,
                        });
                        steps.extend(inner.iter().skip(1).cloned());
                        self.findings.push(TaintFinding {
                            rule: u32::from(*rule),
                            sink: *sink,
                            steps,
                            crosses_functions: true,
                        });
                    }
                    Label::Param(q, r) if r == rule => {
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
fn is_numeric_annotation(annotation: &Expr) -> bool {
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

/// Conversions whose result carries no attacker-controlled text.
fn is_clean_conversion(call: &CallSite) -> bool {
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
fn state_key(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(n) => Some(n.id.as_str().to_string()),
        Expr::Attribute(a) => {
            state_key(&a.value).map(|base| format!("{base}.{}", a.attr.id.as_str()))
        }
        _ => None,
    }
}
