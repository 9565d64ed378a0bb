//! Cross-file flows: the rounds in which files learn the summaries of other files' functions they call,
//! and the Django URLconfs that route requests to views of other files.

use crate::taint;
use pathfinder_python::taint::{Effect, ExportedFunction};
use pathfinder_python::{analyze_with_external, CrossFile, FileModel, RoutedFunction};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Follows flows through functions of other files, in rounds until nothing changes (at most three, so a
/// chain of three files is followed). Each round:
/// 1. A file whose flow rules follow calls asks the files defining the functions it calls for their
///    summaries under those rules; a defining file where those rules did not run (no sink there) is
///    analysed again with them, when a source of the rule can occur in either file.
/// 2. Each file learns the summaries of other files' functions it calls, where they can change its
///    analysis (a parameter reaching a sink where a source can occur, source data returned into a rule
///    that runs here, a pass-through or cleaning wrapper where a source can occur), and is analysed again.
///
/// Re-analysis runs in parallel; only files whose inputs changed are analysed again.
pub(crate) fn cross_file_flows(models: &mut [FileModel], flow: &taint::FlowRules) {
    if models.iter().all(|m| m.flow_rules.is_empty()) {
        return;
    }
    let n = models.len();
    let mut definer: FxHashMap<String, usize> = FxHashMap::default();
    for (i, m) in models.iter().enumerate() {
        for f in m.function_fqns() {
            definer.entry(f).or_insert(i);
        }
    }
    let roots: Vec<Vec<String>> = models.iter().map(|m| import_roots(&m.path)).collect();
    let forced: Vec<Vec<u32>> = vec![Vec::new(); n];
    let external: Vec<Vec<ExportedFunction>> = vec![Vec::new(); n];
    // Views that URLconfs route requests to: their URL captures are sources, so analyse them again.
    let routes = url_routes(models, &roots, &definer);
    let mut dirty: Vec<bool> = routes.iter().map(|r| !r.is_empty()).collect();
    reanalyse(models, &mut dirty, &forced, &external, &routes, flow);
    // Call sites do not change when a file is analysed again, so neither do the sources it holds. Source
    // data can also come back from a function of another file: a file calling into a file with sources
    // counts as one (over the file call graph, for as many steps as there are rounds).
    let mut sourced: Vec<Vec<u32>> = models
        .par_iter()
        .map(|m| flow.following_rules_with_sources(m))
        .collect();
    for (i, r) in routes.iter().enumerate() {
        if !r.is_empty() {
            let rules = models[i].flow_rules.iter().copied();
            sourced[i].extend(rules.filter(|&r| flow.follows_calls(r)));
        }
    }
    let callees: Vec<Vec<usize>> = models
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut ds: Vec<usize> = m
                .calls
                .iter()
                .filter_map(|c| {
                    let fqn = c.fqn.as_deref()?;
                    resolve_import(fqn, &roots[i], |f| definer.get(f).copied())
                })
                .filter(|&d| d != i)
                .collect();
            ds.sort_unstable();
            ds.dedup();
            ds
        })
        .collect();
    for _ in 0..3 {
        let mut grew = false;
        for i in 0..n {
            for &d in &callees[i] {
                for k in 0..sourced[d].len() {
                    let r = sourced[d][k];
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
    let (mut forced, mut external) = (forced, external);
    // (file, rule) → whether the file reads an attribute named like one of the rule's sources.
    let mut reads_attr: FxHashMap<(usize, u32), bool> = FxHashMap::default();
    for _ in 0..3 {
        let mut dirty = vec![false; n];
        for (i, m) in models.iter().enumerate() {
            for &d in &callees[i] {
                for &r in &m.flow_rules {
                    let wanted = flow.follows_calls(r)
                        && !models[d].flow_rules.contains(&r)
                        && !forced[d].contains(&r)
                        && (sourced[d].contains(&r)
                            || sourced[i].contains(&r)
                            // A helper reading `req.args` on the request object a caller passes.
                            || *reads_attr
                                .entry((d, r))
                                .or_insert_with(|| flow.reads_source_attribute(r, &models[d].source)));
                    if wanted {
                        forced[d].push(r);
                        dirty[d] = true;
                    }
                }
            }
        }
        reanalyse(models, &mut dirty, &forced, &external, &routes, flow);

        let mut exports: FxHashMap<&str, &ExportedFunction> = FxHashMap::default();
        for m in models.iter() {
            for e in &m.exported {
                exports.entry(e.function.as_str()).or_insert(e);
            }
        }
        let mut any = false;
        for (i, m) in models.iter().enumerate() {
            // Each summary under the name this file calls it by, which depends on where the scan started
            // only through the prefix `resolve_import` adds.
            let called: Vec<ExportedFunction> = m
                .calls
                .iter()
                .filter_map(|c| {
                    let fqn = c.fqn.as_deref()?;
                    let e = resolve_import(fqn, &roots[i], |f| exports.get(f).copied())?;
                    if e.path == m.path {
                        return None;
                    }
                    let mut e = e.clone();
                    e.function = fqn.to_string();
                    Some(e)
                })
                .collect();
            if called.is_empty() {
                continue;
            }
            let runs = |r: u32| m.flow_rules.contains(&r) && flow.follows_calls(r);
            // Source data can reach this file as written or as returned by another file's function.
            let returned: Vec<u32> = called
                .iter()
                .flat_map(|e| e.effects.iter())
                .filter_map(|effect| match effect {
                    Effect::ReturnsSource { rule, .. } if runs(*rule) => Some(*rule),
                    _ => None,
                })
                .collect();
            let has_sources = |r: u32| returned.contains(&r) || sourced[i].contains(&r);
            for e in &called {
                let matters = e.effects.iter().any(|effect| match effect {
                    Effect::ParamSink { rule, .. } => has_sources(*rule),
                    Effect::ReturnsSource { rule, .. } => runs(*rule),
                    Effect::ParamReturns { .. } => false,
                    // The caller may pass the request object itself (`get_param(request, "q")`).
                    Effect::ParamAttrReturns { rule, .. }
                    | Effect::ParamAttrSink { rule, .. }
                    | Effect::CtorAttrReturns { rule, .. } => runs(*rule),
                }) || e.rules.iter().any(|&r| runs(r) && has_sources(r));
                if !matters {
                    continue;
                }
                let known = &mut external[i];
                match known.iter_mut().find(|k| k.function == e.function) {
                    Some(k) if k == e => {}
                    Some(k) => {
                        *k = e.clone();
                        dirty[i] = true;
                    }
                    None => {
                        known.push(e.clone());
                        dirty[i] = true;
                    }
                }
            }
            any |= dirty[i];
        }
        if !any {
            return;
        }
        reanalyse(models, &mut dirty, &forced, &external, &routes, flow);
    }
}

/// Functions that Django URLconfs route requests to, per defining file: the view named by the second
/// argument of `path()`, `re_path()` or `url()` (`path("posts/<slug>/", views.show)`), with that call.
/// Class-based views (`View.as_view()`) read their captures from `self.kwargs` instead.
fn url_routes(
    models: &[FileModel],
    roots: &[Vec<String>],
    definer: &FxHashMap<String, usize>,
) -> Vec<Vec<RoutedFunction>> {
    const ROUTE_CALLS: &[&str] = &[
        "django.urls.path",
        "django.urls.re_path",
        "django.conf.urls.url",
    ];
    let mut routes: Vec<Vec<RoutedFunction>> = vec![Vec::new(); models.len()];
    for (i, m) in models.iter().enumerate() {
        // Cheap skip: a URLconf names its list `urlpatterns`.
        if !m.source.contains("urlpatterns") {
            continue;
        }
        for call in &m.calls {
            if !call
                .fqn
                .as_deref()
                .is_some_and(|f| ROUTE_CALLS.contains(&f))
            {
                continue;
            }
            let Some(pathfinder_python::Value::Symbol(view)) = call.positional(1).map(|a| &a.value)
            else {
                continue;
            };
            let found = resolve_import(view, &roots[i], |f| {
                definer.get(f).map(|&d| (d, f.to_string()))
            });
            if let Some((d, function)) = found {
                if !routes[d].iter().any(|r| r.function == function) {
                    routes[d].push(RoutedFunction {
                        function,
                        route: call.clone(),
                    });
                }
            }
        }
    }
    routes
}

/// The module prefixes under which an absolute import written in the file at `path` (relative to the scan
/// root) is looked for, nearest first: the file's own directory, each parent directory, and last the scan
/// root (""). Python puts a script's directory on `sys.path`, and projects run from their root or a `src/`
/// folder, so `import libuser` next to `app.py`, `from webapp.db import q` under `src/`, and packages
/// without `__init__.py` resolve to the same file whether the scan starts at the repository or the app.
fn import_roots(path: &str) -> Vec<String> {
    let dirs: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let dirs = &dirs[..dirs.len().saturating_sub(1)];
    (0..=dirs.len())
        .rev()
        .map(|k| dirs[..k].join("."))
        .collect()
}

/// The first definition of `fqn` under one of `roots` (see [`import_roots`]).
fn resolve_import<T>(fqn: &str, roots: &[String], find: impl Fn(&str) -> Option<T>) -> Option<T> {
    roots.iter().find_map(|root| {
        if root.is_empty() {
            find(fqn)
        } else {
            find(&format!("{root}.{fqn}"))
        }
    })
}

/// Analyses again, in parallel, the files marked dirty (and clears the marks).
fn reanalyse(
    models: &mut [FileModel],
    dirty: &mut [bool],
    forced: &[Vec<u32>],
    external: &[Vec<ExportedFunction>],
    routes: &[Vec<RoutedFunction>],
    flow: &taint::FlowRules,
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
                routes: &routes[i],
            };
            let model =
                analyze_with_external(&m.path, m.source.clone(), flow.as_taint_rules(), cross);
            (i, model)
        })
        .collect();
    for (i, model) in redone {
        models[i] = model;
        dirty[i] = false;
    }
}
