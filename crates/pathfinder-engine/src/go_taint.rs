//! Go flows across files: the functions of a package are spread over the files of its directory, and
//! other packages of the module are imported by path. The same rounds as Python's cross-file flows, with
//! Go's way of naming the callee (a bare name in the caller's directory, or an import path whose
//! trailing elements name a scanned directory).

use crate::taint::FlowRules;
use pathfinder_go::module::Context;
use pathfinder_go::taint::{callee, import_dir, package_dir, summary_name, Callee};
use pathfinder_python::taint::{Effect, ExportedFunction};
use pathfinder_python::{CrossFile, FileModel};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Rounds of summary exchange: a chain of this many files is followed.
const ROUNDS: usize = 3;

/// Analyses files again with the summaries of the functions of other files they call, in rounds until
/// nothing changes (at most [`ROUNDS`]):
/// 1. a file defining a called function runs the caller's flow rules too (so its summary exists for
///    them), also transitively;
/// 2. each caller learns the summaries of the functions it calls and is analysed again; a rule whose
///    sink it reaches through them starts running there, and the next round asks its callees for it.
pub(crate) fn cross_package_flows(
    models: &mut [FileModel],
    contexts: &[&Context],
    flow: &FlowRules,
) {
    let n = models.len();
    let dirs: Vec<&str> = {
        let mut d: Vec<&str> = models.iter().map(|m| package_dir(&m.path)).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    // "dir::Func" → defining file.
    let mut definer: FxHashMap<String, usize> = FxHashMap::default();
    for (i, m) in models.iter().enumerate() {
        let dir = package_dir(&m.path);
        for s in &m.scopes {
            if s.kind == pathfinder_python::ScopeKind::Function && !s.qualname.contains('.') {
                definer.entry(format!("{dir}::{}", s.qualname)).or_insert(i);
            }
        }
    }
    // Per file: (the name it calls the function by, the summary's name, the defining file).
    let callees: Vec<Vec<(String, String, usize)>> = models
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let own = package_dir(&m.path);
            let mut out: Vec<(String, String, usize)> = Vec::new();
            for c in &m.calls {
                let key = match callee(c) {
                    Some(Callee::SamePackage { name }) => format!("{own}::{name}"),
                    Some(Callee::Imported { path, name }) => match import_dir(path, &dirs) {
                        Some(d) => format!("{d}::{name}"),
                        None => continue,
                    },
                    None => continue,
                };
                let Some(&d) = definer.get(&key) else {
                    continue;
                };
                if d == i {
                    continue;
                }
                let written = summary_name(c).to_string();
                if !out.iter().any(|(w, _, _)| *w == written) {
                    out.push((written, key, d));
                }
            }
            out
        })
        .collect();
    if callees.iter().all(Vec::is_empty) {
        return;
    }
    // Rules one of whose sources occurs in the file, or in a file it calls (source data can come back),
    // over the call graph for as many steps as there are rounds. Only for these does a callee need to
    // run a caller's rule, or a caller learn a summary.
    let mut sourced: Vec<Vec<u32>> = models
        .par_iter()
        .map(|m| {
            let mut r = flow.following_rules_with_sources(m);
            for x in flow.following_rules_with_field_sources(&m.source) {
                if !r.contains(&x) {
                    r.push(x);
                }
            }
            r
        })
        .collect();
    for _ in 0..ROUNDS {
        let mut grew = false;
        for i in 0..n {
            for (_, _, d) in &callees[i] {
                for k in 0..sourced[*d].len() {
                    let r = sourced[*d][k];
                    if !sourced[i].contains(&r) {
                        sourced[i].push(r);
                        grew = true;
                    }
                }
            }
        }
        if !grew {
            break;
        }
    }
    let mut forced: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut external: Vec<Vec<ExportedFunction>> = vec![Vec::new(); n];
    let mut dirty = vec![false; n];
    // A caller learning a callee's sink starts running that rule, which its other callees then need.
    for _ in 0..ROUNDS {
        // 1. Callees run their callers' rules (transitively).
        let mut grew_any = false;
        for _ in 0..ROUNDS {
            let mut grew = false;
            for i in 0..n {
                let mine: Vec<u32> = models[i]
                    .flow_rules
                    .iter()
                    .chain(&forced[i])
                    .copied()
                    .filter(|&r| flow.follows_calls(r))
                    .collect();
                for (_, _, d) in &callees[i] {
                    for &r in &mine {
                        let wanted = sourced[i].contains(&r) || sourced[*d].contains(&r);
                        if wanted && !models[*d].flow_rules.contains(&r) && !forced[*d].contains(&r)
                        {
                            forced[*d].push(r);
                            dirty[*d] = true;
                            grew = true;
                        }
                    }
                }
            }
            grew_any |= grew;
            if !grew {
                break;
            }
        }
        reanalyse(models, contexts, &mut dirty, &forced, &external, flow);
        // 2. Summaries flow to callers.
        let exports: FxHashMap<&str, &ExportedFunction> = models
            .iter()
            .flat_map(|m| m.exported.iter())
            .map(|e| (e.function.as_str(), e))
            .collect();
        let mut changed = false;
        for i in 0..n {
            let mut called: Vec<ExportedFunction> = Vec::new();
            let runs = |r: u32| models[i].flow_rules.contains(&r) && flow.follows_calls(r);
            let has_sources = |r: u32| sourced[i].contains(&r);
            for (written, key, _) in &callees[i] {
                if let Some(e) = exports.get(key.as_str()) {
                    // Only a summary that can change this file's analysis.
                    let matters = e.effects.iter().any(|effect| match effect {
                        Effect::ParamSink { rule, .. } => has_sources(*rule),
                        Effect::ReturnsSource { rule, .. } => runs(*rule),
                        Effect::ParamAttrSink { rule, .. } => has_sources(*rule),
                        Effect::ParamReturns { .. }
                        | Effect::ParamAttrReturns { .. }
                        | Effect::CtorAttrReturns { .. } => false,
                    }) || e.rules.iter().any(|&r| runs(r) && has_sources(r));
                    if !matters {
                        continue;
                    }
                    let mut e = (*e).clone();
                    e.function = written.clone();
                    called.push(e);
                }
            }
            if called != external[i] {
                external[i] = called;
                dirty[i] = true;
                changed = true;
            }
        }
        if !changed && !grew_any {
            return;
        }
        reanalyse(models, contexts, &mut dirty, &forced, &external, flow);
    }
}

/// Analyses again, in parallel, the files marked dirty (and clears the marks).
fn reanalyse(
    models: &mut [FileModel],
    contexts: &[&Context],
    dirty: &mut [bool],
    forced: &[Vec<u32>],
    external: &[Vec<ExportedFunction>],
    flow: &FlowRules,
) {
    let redo: Vec<usize> = (0..models.len()).filter(|&i| dirty[i]).collect();

    if redo.is_empty() {
        return;
    }
    let redone: Vec<(usize, FileModel)> = redo
        .into_par_iter()
        .map(|i| {
            let m = &models[i];
            let cross = CrossFile {
                external: &external[i],
                forced: &forced[i],
                routes: &[],
            };
            let model = pathfinder_go::analyze_with_taint(
                &m.path,
                Arc::clone(&m.source),
                contexts[i],
                flow.as_taint_rules(),
                cross,
            );
            (i, model)
        })
        .collect();
    for (i, model) in redone {
        models[i] = model;
        dirty[i] = false;
    }
}
