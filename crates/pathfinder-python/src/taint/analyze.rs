//! The per-file driver: functions of the file, their summaries to a fixpoint, the walk of every function
//! and the module body, and the summaries exported for other files.

use super::summary_apply::is_numeric_annotation;
use super::value::*;
use super::walker::Walker;
use super::*;
use crate::bindings::{span_of, Bindings};
use crate::model::{CallSite, ScopeId, Span};
use crate::resolve::Resolver;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;

/// What a function of this file does with taint.
#[derive(Debug, Default, Clone)]
pub(super) struct Summary {
    /// Taint its return value carries from sources inside it.
    pub(super) returns: Taint,
    /// (parameter, rule): the parameter's taint reaches the return value for that rule.
    pub(super) param_returns: Vec<(u16, RuleIdx)>,
    /// Parameter → (rule, path inside the function to the sink, sink call).
    pub(super) param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
    /// (parameter, attribute path, rule): `param.path` is returned (`return req.args.get(name)`).
    pub(super) param_attr_returns: Vec<(u16, String, RuleIdx)>,
    /// (parameter, attribute path, rule, steps, sink call): `param.path` reaches a sink.
    pub(super) param_attr_sinks: Vec<(u16, String, RuleIdx, Vec<Step>, u32)>,
    /// (`__init__` parameter position, its name, attribute path, rule), for methods of another file's class:
    /// the method returns that path of what the constructor stored from that parameter.
    pub(super) ctor_attr_returns: Vec<(u16, String, String, RuleIdx)>,
    pub(super) params: Vec<String>,
    /// Called through an instance: the first parameter is the receiver.
    pub(super) is_method: bool,
    /// Rules the summary speaks for (`None`: every active rule). A summary from another file covers only
    /// the rules that were active there; other rules propagate through the call as through any call.
    pub(super) covers: Option<Vec<RuleIdx>>,
}

impl Summary {
    pub(super) fn covers(&self, rule: RuleIdx) -> bool {
        self.covers.as_ref().is_none_or(|c| c.contains(&rule))
    }
}

pub(super) struct Function<'a> {
    pub(super) fqn: String,
    pub(super) scope: ScopeId,
    pub(super) params: Vec<(&'a str, Span)>,
    /// Spans of the decorator expressions (calls are found by span).
    pub(super) decorators: Vec<Span>,
    /// Per parameter: annotated with a type that cannot carry text (`int`, `float`, `bool`, `UUID`).
    pub(super) numeric: Vec<bool>,
    pub(super) is_method: bool,
    pub(super) body: &'a [Stmt],
    pub(super) span: Span,
}

/// Marks a summarized sink that lies in another file (reported at the call that leads there).
pub(super) const ELSEWHERE: u32 = u32::MAX;

/// Where the analysed file is, to export its summaries with resolved positions.
pub(crate) struct FileRef<'f> {
    pub path: &'f str,
    pub source: &'f str,
    pub lines: &'f crate::model::LineIndex,
}

impl FileRef<'_> {
    pub(super) fn place(&self, step: &Step) -> Step {
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
) -> (Vec<TaintFinding>, Vec<ExportedFunction>, Vec<u32>) {
    // Keyed by the whole span: `f()(x)` and `f()` start at the same offset.
    let mut call_at: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    for (i, c) in calls.iter().enumerate() {
        if c.kind != crate::model::CallKind::Decorator {
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
    let init_params: FxHashMap<String, Vec<String>> = functions
        .iter()
        .filter_map(|f| {
            let class = f.fqn.strip_suffix(".__init__")?;
            Some((
                class.to_string(),
                f.params.iter().map(|(p, _)| p.to_string()).collect(),
            ))
        })
        .collect();
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
    // Methods of classes the file instantiates: without a summary, a call on an instance would pass the
    // whole instance's taint to its result (`Params(request).setting("x")`).
    let constructed: Vec<&str> = calls
        .iter()
        .filter_map(|c| c.fqn.as_deref())
        .filter(|f| init_params.contains_key(*f))
        .collect();
    let functions: Vec<&Function<'_>> = functions
        .iter()
        .filter(|f| {
            if f.is_method
                && f.fqn
                    .rsplit_once('.')
                    .is_some_and(|(class, _)| constructed.contains(&class))
            {
                return true;
            }
            let text = file
                .source
                .get(f.span.start as usize..f.span.end as usize)
                .unwrap_or("");
            let first = relevant_starts.partition_point(|&s| s < f.span.start);
            spec.may_have_sources(text)
                || relevant_starts.get(first).is_some_and(|&s| s < f.span.end)
                || super::helpers::reads_param_attribute(text, &f.params, spec)
        })
        .collect();
    // Summaries to a (small, bounded) fixpoint: helpers calling helpers settle in a few rounds. A file where
    // no source can occur only needs its summaries for callers in other files: one round gives them.
    let local_flows = spec.sources_possible() || !external.is_empty();
    for _ in 0..if local_flows { 4 } else { 1 } {
        let mut changed = false;
        for f in &functions {
            let mut w = Walker::new(&resolver, calls, &call_at, spec, &summaries, f.scope);
            w.init_params = Some(&init_params);
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
    // One finding per rule and sink call (per `return` statement for return sinks).
    let mut findings: FxHashMap<(u32, u32, u32), TaintFinding> = FxHashMap::default();
    let walked: &[&Function<'_>] = if local_flows { &functions } else { &[] };
    let module_walk = local_flows.then_some(&module);
    // Offsets of the functions whose walk stopped at a loop's iteration cap.
    let mut capped = Vec::new();
    for f in walked.iter().copied().chain(module_walk) {
        let mut w = Walker::new(&resolver, calls, &call_at, spec, &summaries, f.scope);
        w.init_params = Some(&init_params);
        w.run(f, false);
        if w.capped {
            capped.push(f.span.start);
        }
        for finding in w.findings {
            findings
                .entry((
                    finding.rule,
                    finding.sink,
                    finding.returned_at.map_or(0, |(span, _)| span.start),
                ))
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
    out.sort_by_key(|f| (f.sink, f.returned_at.map(|(s, _)| s.start), f.rule));
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
        for (param, path, r) in &summary.param_attr_returns {
            effects.push(Effect::ParamAttrReturns {
                param: *param,
                path: path.clone(),
                rule: spec.global_rule(*r),
            });
        }
        // A wrapper class's accessor: `self.<field>.<rest>` where `__init__` stored a parameter in
        // `self.<field>`, so callers in other files can follow the object they construct it with.
        for (param, path, r) in &summary.param_attr_returns {
            if *param != 0 || !summary.is_method {
                continue;
            }
            let Some((class, _)) = fqn.rsplit_once('.') else {
                continue;
            };
            if let Some((k, name, rest)) =
                super::helpers::stored_ctor_param(bindings, &init_params, class, path)
            {
                effects.push(Effect::CtorAttrReturns {
                    param: k as u16,
                    name,
                    path: rest,
                    rule: spec.global_rule(*r),
                });
            }
        }
        for (param, path, r, steps, _) in &summary.param_attr_sinks {
            effects.push(Effect::ParamAttrSink {
                param: *param,
                path: path.clone(),
                rule: spec.global_rule(*r),
                steps: steps.iter().map(|s| file.place(s)).collect(),
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
    (out, exported, capped)
}

/// The summary of another file's function, for the rules active here.
pub(super) fn imported_summary(e: &ExportedFunction, spec: &dyn TaintSpec) -> Option<Summary> {
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
            Effect::ParamAttrReturns { param, path, rule } => {
                if let Some(r) = spec.local_rule(*rule) {
                    summary.param_attr_returns.push((*param, path.clone(), r));
                }
            }
            Effect::CtorAttrReturns {
                param,
                name,
                path,
                rule,
            } => {
                if let Some(r) = spec.local_rule(*rule) {
                    summary
                        .ctor_attr_returns
                        .push((*param, name.clone(), path.clone(), r));
                }
            }
            Effect::ParamAttrSink {
                param,
                path,
                rule,
                steps,
            } => {
                if let Some(r) = spec.local_rule(*rule) {
                    summary.param_attr_sinks.push((
                        *param,
                        path.clone(),
                        r,
                        steps.clone(),
                        ELSEWHERE,
                    ));
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

pub(super) fn same_summary(a: &Summary, b: &Summary) -> bool {
    a.returns.same_labels(&b.returns)
        && a.param_returns == b.param_returns
        && a.param_sinks.len() == b.param_sinks.len()
        && a.param_attr_returns == b.param_attr_returns
        && a.param_attr_sinks.len() == b.param_attr_sinks.len()
}

pub(super) fn collect_functions<'a>(
    body: &'a [Stmt],
    bindings: &Bindings<'a>,
    out: &mut Vec<Function<'a>>,
) {
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
