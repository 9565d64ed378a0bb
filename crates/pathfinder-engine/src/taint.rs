//! Flow rules: turns each `flows()` IR into source/sink/sanitizer matchers and answers the Python front
//! end's taint walk ([`pathfinder_python::taint::TaintSpec`]) for the rules active in a file.

use crate::matcher::{CallIndex, CompileError, Compiled, Glob, Hierarchy};
use pathfinder_python::taint::{ArgSel, RuleIdx, TaintSpec};
use pathfinder_python::{CallSite, TaintRules};
use pathfinder_rules::ir::{Dataflow, Matcher, TrackedParam};
use pathfinder_rules::{Rule, RuleBody};
use rustc_hash::FxHashSet;
use std::sync::Arc;

struct Sink {
    matcher: Compiled,
    args: Vec<ArgSel>,
}

/// One compiled `flows()` rule.
pub struct FlowRule {
    pub rule: Arc<Rule>,
    call_sources: Vec<Compiled>,
    attribute_sources: Vec<Glob>,
    parameter_sources: Vec<Glob>,
    sinks: Vec<Sink>,
    sanitizers: Vec<Compiled>,
    global: bool,
    /// Call names the sinks can match (`None`: any call), to decide cheaply whether a file needs the walk.
    sink_names: Option<FxHashSet<String>>,
}

#[derive(Default)]
pub struct FlowRules {
    pub rules: Vec<FlowRule>,
    hierarchy: Hierarchy,
}

impl FlowRules {
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Compiles a rule whose matcher is a dataflow (possibly inside `Or`).
pub fn compile_flow(rule: &Arc<Rule>) -> Result<Option<FlowRule>, CompileError> {
    let RuleBody::Code(Matcher::Dataflow(flow)) = &rule.body else {
        return Ok(None);
    };
    compile_dataflow(rule, flow).map(Some)
}

fn compile_dataflow(rule: &Arc<Rule>, flow: &Dataflow) -> Result<FlowRule, CompileError> {
    let mut out = FlowRule {
        rule: rule.clone(),
        call_sources: Vec::new(),
        attribute_sources: Vec::new(),
        parameter_sources: Vec::new(),
        sinks: Vec::new(),
        sanitizers: Vec::new(),
        global: flow.scope != "local",
        sink_names: Some(FxHashSet::default()),
    };
    for source in &flow.sources {
        add_source(&mut out, source)?;
    }
    for sink in &flow.sinks {
        add_sink(&mut out, sink)?;
    }
    for sanitizer in &flow.sanitizers {
        match sanitizer {
            Matcher::Attribute { .. } | Matcher::TypedAttribute(_) | Matcher::Variable { .. } => {}
            m => out.sanitizers.push(Compiled::compile(m)?),
        }
    }
    if out.sinks.is_empty() {
        return Err(CompileError::Unsupported(
            "flows() needs at least one call sink".into(),
        ));
    }
    Ok(out)
}

fn add_source(out: &mut FlowRule, m: &Matcher) -> Result<(), CompileError> {
    match m {
        Matcher::Or { matchers } => {
            for m in matchers {
                add_source(out, m)?;
            }
        }
        Matcher::Attribute { patterns } => out
            .attribute_sources
            .extend(patterns.iter().map(|p| Glob::new(p))),
        Matcher::TypedAttribute(t) => {
            for rt in &t.receiver_types {
                for a in &t.attribute_names {
                    out.attribute_sources.push(Glob::new(&format!("{rt}.{a}")));
                }
            }
        }
        Matcher::Variable { pattern, .. } => out.parameter_sources.push(Glob::new(pattern)),
        Matcher::TypedCall(t) => {
            // `flask.args` written as a method is an attribute read in real code: accept both.
            for rt in &t.receiver_types {
                for name in &t.method_names {
                    out.attribute_sources
                        .push(Glob::new(&format!("{rt}.{name}")));
                }
            }
            out.call_sources.push(Compiled::compile(m)?);
        }
        Matcher::Dataflow(_) => {
            return Err(CompileError::Unsupported(
                "flows() cannot be nested in a source".into(),
            ))
        }
        m => out.call_sources.push(Compiled::compile(m)?),
    }
    Ok(())
}

static NO_TRACKING: Vec<TrackedParam> = Vec::new();

fn add_sink(out: &mut FlowRule, m: &Matcher) -> Result<(), CompileError> {
    let tracked = match m {
        Matcher::Or { matchers } => {
            for m in matchers {
                add_sink(out, m)?;
            }
            return Ok(());
        }
        Matcher::Call(c) => &c.tracked_params,
        Matcher::TypedCall(t) => &t.tracked_params,
        // `And(sink.tracks(0), Not(...))`: the narrowing operands keep the tracked arguments of the sink.
        Matcher::And { matchers } => matchers
            .iter()
            .find_map(|m| match m {
                Matcher::Call(c) if !c.tracked_params.is_empty() => Some(&c.tracked_params),
                Matcher::TypedCall(t) if !t.tracked_params.is_empty() => Some(&t.tracked_params),
                _ => None,
            })
            .unwrap_or(&NO_TRACKING),
        Matcher::Dataflow(_) | Matcher::Attribute { .. } | Matcher::TypedAttribute(_) => {
            return Err(CompileError::Unsupported(
                "flows() sinks must be call matchers".into(),
            ))
        }
        _ => &NO_TRACKING,
    };
    let args = tracked
        .iter()
        .filter_map(|t| match t {
            TrackedParam::Index { index } => index.as_u64().map(|i| ArgSel::Index(i as usize)),
            TrackedParam::Name { name } => Some(ArgSel::Name(name.clone())),
            TrackedParam::Return { .. } => None,
        })
        .collect();
    let matcher = Compiled::compile(m)?;
    match (matcher.candidates(), out.sink_names.as_mut()) {
        (Some(names), Some(all)) => all.extend(names),
        _ => out.sink_names = None,
    }
    out.sinks.push(Sink { matcher, args });
    Ok(())
}

impl TaintRules for FlowRules {
    fn for_file<'s>(&'s self, calls: &[CallSite]) -> Option<Box<dyn TaintSpec + 's>> {
        let active = self.active_for(calls, &CallIndex::new(calls));
        if active.is_empty() {
            return None;
        }
        Some(Box::new(FileSpec {
            active,
            hierarchy: &self.hierarchy,
        }))
    }
}

/// The flow rules active in one file; `RuleIdx` indexes `active`.
pub struct FileSpec<'s> {
    active: Vec<&'s FlowRule>,
    hierarchy: &'s Hierarchy,
}

impl FlowRules {
    /// The rules worth a taint walk of a file: those with a sink call in it. A file's `RuleIdx` values
    /// index this list.
    pub fn active_for(&self, calls: &[CallSite], index: &CallIndex<'_>) -> Vec<&FlowRule> {
        let is_sink = |r: &FlowRule, i: u32| {
            r.sinks
                .iter()
                .any(|s| s.matcher.matches(&calls[i as usize], &self.hierarchy))
        };
        self.rules
            .iter()
            .filter(|r| match &r.sink_names {
                Some(keys) => keys
                    .iter()
                    .any(|k| index.lookup(k).iter().any(|&i| is_sink(r, i))),
                None => (0..calls.len() as u32).any(|i| is_sink(r, i)),
            })
            .collect()
    }
}

impl TaintSpec for FileSpec<'_> {
    fn call_sources(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.call_sources
                .iter()
                .any(|m| m.matches(call, self.hierarchy))
            {
                out.push(i as RuleIdx);
            }
        }
    }

    fn call_sanitizes(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.sanitizers.iter().any(|m| m.matches(call, self.hierarchy)) {
                out.push(i as RuleIdx);
            }
        }
    }

    fn call_sinks(&self, call: &CallSite, out: &mut Vec<(RuleIdx, Vec<ArgSel>)>) {
        for (i, r) in self.active.iter().enumerate() {
            for s in &r.sinks {
                if s.matcher.matches(call, self.hierarchy) {
                    out.push((i as RuleIdx, s.args.clone()));
                    break;
                }
            }
        }
    }

    fn attribute_sources(&self, text: &str, resolved: Option<&str>, out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.attribute_sources
                .iter()
                .any(|g| g.matches(text) || resolved.is_some_and(|f| g.matches(f)))
            {
                out.push(i as RuleIdx);
            }
        }
    }

    fn parameter_sources(&self, name: &str, out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.parameter_sources.iter().any(|g| g.matches(name)) {
                out.push(i as RuleIdx);
            }
        }
    }

    fn rule_count(&self) -> RuleIdx {
        self.active.len() as RuleIdx
    }

    fn follows_calls(&self, rule: RuleIdx) -> bool {
        self.active.get(rule as usize).is_some_and(|r| r.global)
    }
}
