//! Taint analysis of Go functions: the Go lowering of the engine's `flows()` rules.
//!
//! The rule side is shared with Python: the engine compiles each `flows()` rule once and answers this
//! walk through the same [`TaintSpec`] (which calls are sources, sinks and sanitizers, which attribute
//! reads are sources, which guard families a rule trusts), and the results are the same
//! [`TaintFinding`]s with typed [`Step`]s and [`ExportedFunction`] summaries, so reporters and the
//! cross-file rounds see no difference. What is Go-specific is the walk over tree-sitter-go's tree:
//! statements, `:=` and multi-assignment, closures, `if err != nil { return }` guards, out-parameters
//! (`c.ShouldBindJSON(&req)`), struct field paths.
//!
//! Per function, flow-sensitively: branches merge (tainted on any path), a path that leaves (`return`,
//! `panic`, `continue`) adds nothing after it, loops run to a fixpoint (at most a few rounds). Functions
//! of the file get summaries (parameter → return, parameter → sink, returned source data), computed to a
//! fixpoint and applied at call sites; summaries of other files' functions come in through the engine.

mod guards;
mod value;
mod walk;

use pathfinder_python::taint::{
    Effect, ExportedFunction, Place, RuleIdx, Step, TaintFinding, TaintSpec,
};
use pathfinder_python::{CallSite, FileModel};
use tree_sitter::Node;

/// How many times the functions of a file are summarised before the summaries are taken as final.
const SUMMARY_ROUNDS: usize = 4;

/// What one function does with taint, for the rules active in the file (local rule numbers).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    pub params: Vec<String>,
    /// Source data returned, with the steps from the source to the `return`.
    pub returns_source: Vec<(RuleIdx, Vec<Step>)>,
    /// Parameter whose data reaches the return value.
    pub param_returns: Vec<(u16, RuleIdx)>,
    /// Parameter reaching a sink: steps from the parameter to the sink, and the sink call.
    pub param_sinks: Vec<(u16, RuleIdx, Vec<Step>, u32)>,
}

impl Summary {
    /// The effects without their paths: what decides whether another round is needed.
    fn shape(&self) -> Vec<(u8, u16, RuleIdx)> {
        let mut v: Vec<(u8, u16, RuleIdx)> = self
            .returns_source
            .iter()
            .map(|(r, _)| (0, 0, *r))
            .chain(self.param_returns.iter().map(|(p, r)| (1, *p, *r)))
            .chain(self.param_sinks.iter().map(|(p, r, _, _)| (2, *p, *r)))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Runs the flow rules of `spec` over every function of the file.
pub(crate) fn analyze(
    root: Node<'_>,
    model: &FileModel,
    spec: &dyn TaintSpec,
    external: &[ExportedFunction],
    fields: &rustc_hash::FxHashMap<String, String>,
) -> (Vec<TaintFinding>, Vec<ExportedFunction>) {
    let functions = walk::functions(root, &model.source);
    let mut cx = walk::Ctx::new(model, spec, external, fields);
    let mut summaries: Vec<Summary> = vec![Summary::default(); functions.len()];
    cx.function_keys = functions.iter().map(|f| f.key.clone()).collect();
    // Summaries only grow, so a finding made with an earlier round's summaries stays true: every round
    // reports, and another round runs only while a summary some call consulted has changed.
    cx.record = true;
    for _ in 0..SUMMARY_ROUNDS {
        cx.consulted = false;
        let mut changed = false;
        for (i, f) in functions.iter().enumerate() {
            let s = cx.function(f);
            if s.shape() != summaries[i].shape() {
                changed = true;
            }
            summaries[i] = s.clone();
            cx.local.insert(f.key.clone(), std::rc::Rc::new(s));
        }
        if !changed || !cx.consulted {
            break;
        }
    }
    let exported = export(model, spec, &functions, &summaries);
    (cx.into_findings(), exported)
}

/// Summaries of the file's functions (not methods) for callers in other files, with their paths placed
/// in this file.
fn export(
    model: &FileModel,
    spec: &dyn TaintSpec,
    functions: &[walk::Function],
    summaries: &[Summary],
) -> Vec<ExportedFunction> {
    let rules: Vec<u32> = (0..spec.rule_count())
        .filter(|&r| spec.follows_calls(r))
        .map(|r| spec.global_rule(r))
        .collect();
    if rules.is_empty() {
        return Vec::new();
    }
    let dir = package_dir(&model.path);
    let place = |steps: &[Step]| -> Vec<Step> { steps.iter().map(|s| placed(model, s)).collect() };
    let mut out = Vec::new();
    for (f, s) in functions.iter().zip(summaries) {
        if f.key.contains('.') {
            continue;
        }
        let global = |r: RuleIdx| spec.follows_calls(r).then(|| spec.global_rule(r));
        let mut effects = Vec::new();
        for (r, steps) in &s.returns_source {
            if let Some(rule) = global(*r) {
                effects.push(Effect::ReturnsSource {
                    rule,
                    steps: place(steps),
                });
            }
        }
        for (p, r) in &s.param_returns {
            if let Some(rule) = global(*r) {
                effects.push(Effect::ParamReturns { param: *p, rule });
            }
        }
        for (p, r, steps, _) in &s.param_sinks {
            if let Some(rule) = global(*r) {
                effects.push(Effect::ParamSink {
                    param: *p,
                    rule,
                    steps: place(steps),
                });
            }
        }
        out.push(ExportedFunction {
            path: model.path.clone(),
            function: format!("{dir}::{}", f.key),
            params: s.params.clone(),
            is_method: false,
            rules: rules.clone(),
            effects,
        });
    }
    out
}

fn placed(model: &FileModel, step: &Step) -> Step {
    if step.place.is_some() {
        return step.clone();
    }
    let (line, column) = model.position(step.span.start);
    let (end_line, end_column) = model.position(step.span.end);
    Step {
        place: Some(Place {
            path: model.path.clone(),
            line,
            column,
            end_line,
            end_column,
            snippet: model
                .lines
                .line_text(&model.source, line)
                .trim()
                .to_string(),
        }),
        ..step.clone()
    }
}

/// The directory of a file relative to the scan root (`""` at the root): a Go package.
pub fn package_dir(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

/// Where a call of a function of another file is looked for: in the caller's own package (a bare
/// `helper(x)`) or in the package with an import path (`util.Clean(x)` → `example.com/app/util`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callee<'c> {
    SamePackage { name: &'c str },
    Imported { path: &'c str, name: &'c str },
}

/// The function a call names, if it is a plain function (not a method) that may be defined in a file of
/// the scan; also the name the caller's summaries are keyed by ([`summary_name`]).
pub fn callee(call: &CallSite) -> Option<Callee<'_>> {
    match (&call.receiver, &call.fqn, &call.receiver_type) {
        (None, None, _) => Some(Callee::SamePackage { name: &call.name }),
        // A bare call the module index resolved (`helper()` → `example.com/app/web.helper`): a function of
        // the caller's own package, found by its import path like an imported one.
        (None, Some(fqn), _) => {
            let (path, name) = fqn.rsplit_once('.')?;
            Some(Callee::Imported { path, name })
        }
        (Some(_), Some(fqn), None) => {
            let (path, name) = fqn.rsplit_once('.')?;
            // The standard library has no dot in its first path element; it is never scanned.
            let first = path.split('/').next().unwrap_or(path);
            first
                .contains('.')
                .then_some(Callee::Imported { path, name })
        }
        _ => None,
    }
}

/// The name a caller gives the summary of the function a call names: its resolved name, or its text for
/// a function of the same package.
pub fn summary_name(call: &CallSite) -> &str {
    call.fqn.as_deref().unwrap_or(&call.callee)
}

/// The Go package directory among `dirs` that an import path names: the one sharing the most trailing
/// path elements with it (at least one; a tie is not resolved). Works without `go.mod`, whichever
/// directory the scan starts at.
pub fn import_dir<'d>(import: &str, dirs: &[&'d str]) -> Option<&'d str> {
    let mut best: Option<(&str, usize)> = None;
    let mut tie = false;
    for &d in dirs {
        if d.is_empty() {
            continue;
        }
        let common = import
            .rsplit('/')
            .zip(d.rsplit('/'))
            .take_while(|(a, b)| a == b)
            .count();
        if common == 0 {
            continue;
        }
        match best {
            Some((_, c)) if c > common => {}
            Some((_, c)) if c == common => tie = true,
            _ => {
                best = Some((d, common));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(d, _)| d)
}

#[cfg(test)]
mod tests;
