//! The engine: evaluates rules over semantic models and produces findings.
//!
//! Two phases: every file is read and modelled once, in parallel; then, with the project-wide class
//! hierarchy known, every rule is evaluated on every model, in parallel, looking only at the call sites
//! whose names can match (no per-rule tree walks).

pub mod builtin;
pub mod container;
mod crossfile;
pub mod fixtures;
mod glob;
mod go_module;
mod go_taint;
pub mod matcher;
pub mod memory;
mod report;
pub mod taint;
pub mod weakness;

use crossfile::cross_file_flows;
use matcher::{CompileError, Compiled, Hierarchy};
// A finding's life after matching (suppression, merge, dedup, fingerprint, limits) is the findings crate's.
use pathfinder_findings::finish::sort_findings;
pub use pathfinder_findings::finish::{
    finish, ScanOutput, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_LINE, MAX_SNIPPET_LINE_CHARS,
};
use pathfinder_findings::suppress::{FileSuppressions, SuppressOptions};
use pathfinder_findings::{Detection, Diagnostic, Finding, FlowStep, Location};
use pathfinder_python::{analyze_with_taint, CrossFile, FileModel};
use pathfinder_rules::{Rule, RuleBody, RuleLanguage};
use pathfinder_workspace::{read_source, Language, SourceFile};
use rayon::prelude::*;
pub(crate) use report::pattern_finding;
use report::{finding, finding_at, location};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A rule ready to run.
pub struct CompiledRule {
    pub rule: Arc<Rule>,
    matcher: Compiled,
    /// Call names this rule can match (`None`: any call).
    candidates: Option<Vec<String>>,
}

impl CompiledRule {
    /// The call names this rule inspects (`None`: every call).
    pub fn candidate_names(&self) -> Option<&[String]> {
        self.candidates.as_deref()
    }
}

/// Rules that could not be compiled for pattern matching, with the reason.
pub struct Skipped {
    pub rule: Arc<Rule>,
    pub reason: String,
}

/// Everything that runs: Python pattern and flow rules, Go pattern rules, Dockerfile and compose rules.
#[derive(Default)]
pub struct CompiledRules {
    pub pattern: Vec<CompiledRule>,
    /// Go pattern rules: the same matchers, run on Go files' models.
    pub go: Vec<CompiledRule>,
    pub flow: taint::FlowRules,
    /// Go `flows()` rules: compiled like Python's, answered to the Go front end's taint walk.
    pub go_flow: taint::FlowRules,
    pub container: container::ContainerRules,
    pub skipped: Vec<Skipped>,
    /// Rules that are wrong (a regex that does not compile): callers report them as rule errors.
    pub invalid: Vec<Skipped>,
    /// How suppression comments are honoured (foreign markers, which ids are known).
    pub suppress: SuppressOptions,
    /// Scan Go files marked `// Code generated ... DO NOT EDIT.` too (`--include-generated`).
    pub include_generated: bool,
}

impl CompiledRules {
    pub fn len(&self) -> usize {
        self.pattern.len()
            + self.go.len()
            + self.flow.rules.len()
            + self.go_flow.rules.len()
            + self.container.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every rule that runs, pattern rules first.
    pub fn rules(&self) -> impl Iterator<Item = &Arc<Rule>> {
        self.pattern
            .iter()
            .map(|c| &c.rule)
            .chain(self.go.iter().map(|c| &c.rule))
            .chain(self.flow.rules.iter().map(|f| &f.rule))
            .chain(self.go_flow.rules.iter().map(|f| &f.rule))
            .chain(self.container.rules())
    }
}

/// Compiles the Python, Go, Dockerfile and compose rules among `rules`; a rule the engine cannot run is
/// reported in `skipped`, never dropped silently.
pub fn compile(rules: &[Arc<Rule>]) -> CompiledRules {
    let mut out = CompiledRules::default();
    for rule in rules {
        let m = match &rule.body {
            RuleBody::Code(m) => m,
            // Checked when loaded: a wrong container rule never gets here, one it cannot run is skipped.
            RuleBody::Container(Ok(cond)) => {
                out.container.push(rule, cond);
                continue;
            }
            RuleBody::Container(Err(reason)) => {
                out.skipped.push(Skipped {
                    rule: rule.clone(),
                    reason: reason.clone(),
                });
                continue;
            }
        };
        let is_flow = matches!(m, pathfinder_rules::ir::Matcher::Dataflow(_));
        if rule.language == RuleLanguage::Go {
            let compiled = match m {
                pathfinder_rules::ir::Matcher::Dataflow(flow) if is_flow => {
                    taint::compile_flow(rule, flow).map(|f| out.go_flow.push(f))
                }
                _ => Compiled::compile(m).map(|matcher| out.go.push(compiled_rule(rule, matcher))),
            };
            match compiled {
                Err(CompileError::Unsupported(reason) | CompileError::Dataflow(reason)) => {
                    out.skipped.push(Skipped {
                        rule: rule.clone(),
                        reason,
                    })
                }
                Err(CompileError::Invalid(reason)) => out.invalid.push(Skipped {
                    rule: rule.clone(),
                    reason,
                }),
                Ok(()) => {}
            }
            continue;
        }
        if rule.language != RuleLanguage::Python {
            continue;
        }
        let compiled = if let pathfinder_rules::ir::Matcher::Dataflow(flow) = m {
            taint::compile_flow(rule, flow).map(|f| out.flow.push(f))
        } else {
            Compiled::compile(m).map(|matcher| out.pattern.push(compiled_rule(rule, matcher)))
        };
        match compiled {
            Err(CompileError::Unsupported(reason) | CompileError::Dataflow(reason)) => {
                out.skipped.push(Skipped {
                    rule: rule.clone(),
                    reason,
                })
            }
            Err(CompileError::Invalid(reason)) => out.invalid.push(Skipped {
                rule: rule.clone(),
                reason,
            }),
            Ok(()) => {}
        }
    }
    out
}

fn compiled_rule(rule: &Arc<Rule>, matcher: Compiled) -> CompiledRule {
    let candidates = matcher.candidates().map(|set| {
        let mut v: Vec<String> = set.into_iter().collect();
        v.sort();
        v
    });
    CompiledRule {
        rule: rule.clone(),
        matcher,
        candidates,
    }
}

/// [`ScanOutput::suppressed_by`] for the rules that ran: an ignore naming a rule that did not run is
/// never reported as unused.
pub fn suppressed_output(
    all: Vec<Finding>,
    warnings: Vec<Diagnostic>,
    files_scanned: usize,
    suppressions: &[FileSuppressions],
    rules: &CompiledRules,
) -> ScanOutput {
    let ran: std::collections::HashSet<String> =
        rules.rules().map(|r| r.id.to_ascii_uppercase()).collect();
    let ran = |id: &str| ran.contains(&id.to_ascii_uppercase());
    ScanOutput::suppressed_by(
        all,
        warnings,
        files_scanned,
        suppressions,
        &rules.suppress,
        &ran,
    )
}

/// Scans files on disk. `progress` is called after each file is modelled (for progress bars). Python
/// files, Go files and container files (Dockerfiles, compose files) are processed side by side.
pub fn scan_files(
    files: &[SourceFile],
    rules: &CompiledRules,
    progress: &(dyn Fn(usize) + Sync),
) -> ScanOutput {
    let done = AtomicUsize::new(0);
    let (mut out, (containers, go)) = rayon::join(
        || scan_python_files(files, rules, progress, &done),
        || {
            rayon::join(
                || scan_container_files(files, rules, progress, &done),
                || scan_go_files(files, rules, progress, &done),
            )
        },
    );
    for other in [containers, go] {
        out.files_scanned += other.files_scanned;
        // The parts run side by side; container and Go files are parsed and checked in one step.
        out.model_time = out.model_time.max(other.model_time);
        out.warnings.extend(other.warnings);
        out.unused_suppressions.extend(other.unused_suppressions);
        // Every part is already finished (fingerprinted); their files differ, so merging is a sort.
        if !other.findings.is_empty() || !other.suppressed.is_empty() {
            out.findings.extend(other.findings);
            out.suppressed.extend(other.suppressed);
            sort_findings(&mut out.findings);
            sort_findings(&mut out.suppressed);
        }
    }
    out.warnings
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    out
}

/// Whether Go source says it was written by a tool (`// Code generated ... DO NOT EDIT.` before the
/// package clause, the Go convention): such files are not scanned, since nobody fixes them by hand.
pub fn is_generated_go(text: &str) -> bool {
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("package ") {
            return false;
        }
        if t.starts_with("// Code generated ") && t.ends_with(" DO NOT EDIT.") {
            return true;
        }
    }
    false
}

/// Reads, models and checks every Go file (each parsed once, in parallel). Go files are only parsed when
/// some Go rule runs. With Go flow rules, the models are kept for the cross-package rounds (see
/// [`go_taint::cross_package_flows`]).
fn scan_go_files(
    files: &[SourceFile],
    all_rules: &CompiledRules,
    progress: &(dyn Fn(usize) + Sync),
    done: &AtomicUsize,
) -> ScanOutput {
    let rules = &all_rules.go;
    let flow = &all_rules.go_flow;
    let started = std::time::Instant::now();
    let go = files.iter().filter(|f| f.language == Language::Go);
    if rules.is_empty() && flow.is_empty() {
        let n = go.count();
        if n > 0 {
            progress(done.fetch_add(n, Ordering::Relaxed) + n);
        }
        return ScanOutput::default();
    }
    let go: Vec<&SourceFile> = go.collect();
    let contexts = go_module::contexts(&go);
    let taint_rules = flow.as_taint_rules();
    type Modelled<'c> = (
        Vec<Finding>,
        Vec<Diagnostic>,
        bool,
        Option<(FileModel, &'c pathfinder_go::module::Context)>,
    );
    let results: Vec<Modelled> = go
        .par_iter()
        .zip(contexts.par_iter())
        .map(|(file, ctx)| {
            let (text, warning) = read_source(file);
            let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
            let mut findings = Vec::new();
            let mut scanned = false;
            let mut kept = None;
            if let Some(text) = text.filter(|t| all_rules.include_generated || !is_generated_go(t))
            {
                let model = pathfinder_go::analyze_with_taint(
                    &file.rel,
                    Arc::from(text),
                    ctx,
                    taint_rules,
                    CrossFile::default(),
                );
                warnings.extend(syntax_warning(&model));
                findings = match_file(&model, rules, &Hierarchy::default(), &|_| true);
                scanned = true;
                if taint_rules.is_some() {
                    kept = Some((model, ctx));
                }
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            (findings, warnings, scanned, kept)
        })
        .collect();
    let files_scanned = results.iter().filter(|r| r.2).count();
    let mut all = Vec::new();
    let mut warnings = Vec::new();
    let mut models = Vec::new();
    let mut model_contexts = Vec::new();
    for (f, w, _, m) in results {
        all.extend(f);
        warnings.extend(w);
        if let Some((m, ctx)) = m {
            models.push(m);
            model_contexts.push(ctx);
        }
    }
    if !models.is_empty() {
        go_taint::cross_package_flows(&mut models, &model_contexts, flow);
        for m in &models {
            all.extend(taint_findings(m, flow, &|_| true));
        }
        // One weakness on one line is one finding (database/sql, sqlx and gorm rules share `*.DB`).
        let by_id: HashMap<&str, &Rule> =
            all_rules.rules().map(|r| (r.id.as_str(), &**r)).collect();
        let mut per_file: FxHashMap<String, Vec<Finding>> = FxHashMap::default();
        for f in all.drain(..) {
            per_file.entry(f.location.file.clone()).or_default().push(f);
        }
        for (_, mut found) in per_file {
            weakness::merge_same_weakness(&mut found, &by_id);
            all.extend(found);
        }
    }
    ScanOutput {
        model_time: started.elapsed(),
        ..ScanOutput::from_findings(all, warnings, files_scanned)
    }
}

/// Scans one in-memory Go source (playground, fixtures).
pub fn scan_go_source(path: &str, source: &str, rules: &CompiledRules) -> (ScanOutput, FileModel) {
    let model = pathfinder_go::analyze_with_taint(
        path,
        Arc::from(source),
        &pathfinder_go::module::Context::default(),
        rules.go_flow.as_taint_rules(),
        CrossFile::default(),
    );
    let mut findings = match_file(&model, &rules.go, &Hierarchy::default(), &|_| true);
    findings.extend(taint_findings(&model, &rules.go_flow, &|_| true));
    let mut out = ScanOutput::from_findings(findings, Vec::new(), 1);
    out.warnings.extend(syntax_warning(&model));
    (out, model)
}

/// Reads, parses and checks every Dockerfile and compose file (each parsed once, in parallel).
fn scan_container_files(
    files: &[SourceFile],
    all_rules: &CompiledRules,
    progress: &(dyn Fn(usize) + Sync),
    done: &AtomicUsize,
) -> ScanOutput {
    let rules = &all_rules.container;
    let started = std::time::Instant::now();
    // A kind of file no rule looks at is not parsed (a scan with only Python rules stays as fast).
    let wanted = |l: Language| match l {
        Language::Dockerfile => !rules.dockerfile.is_empty(),
        Language::Compose => !rules.compose.is_empty(),
        Language::Python | Language::Go => false,
    };
    let unwanted = files
        .iter()
        .filter(|f| matches!(f.language, Language::Dockerfile | Language::Compose))
        .filter(|f| !wanted(f.language))
        .count();
    if unwanted > 0 {
        progress(done.fetch_add(unwanted, Ordering::Relaxed) + unwanted);
    }
    let results: Vec<(Vec<Finding>, Vec<Diagnostic>, FileSuppressions)> = files
        .par_iter()
        .filter(|f| wanted(f.language))
        .map(|file| {
            let (text, warning) = read_source(file);
            let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
            let mut findings = Vec::new();
            let mut directives = FileSuppressions {
                path: file.rel.clone(),
                directives: Vec::new(),
            };
            if let Some(text) = text {
                let r =
                    container::check_text(&file.rel, file.language, &text, &all_rules.container);
                findings = r.findings;
                warnings.extend(r.warnings);
                directives.directives = r.suppressions;
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            (findings, warnings, directives)
        })
        .collect();
    let files_scanned = results.len();
    let mut all = Vec::new();
    let mut warnings = Vec::new();
    let mut suppressions = Vec::new();
    for (f, w, d) in results {
        all.extend(f);
        warnings.extend(w);
        if !d.directives.is_empty() {
            suppressions.push(d);
        }
    }
    ScanOutput {
        model_time: started.elapsed(),
        ..suppressed_output(all, warnings, files_scanned, &suppressions, all_rules)
    }
}

fn scan_python_files(
    files: &[SourceFile],
    rules: &CompiledRules,
    progress: &(dyn Fn(usize) + Sync),
    done: &AtomicUsize,
) -> ScanOutput {
    let flow = rules.flow.as_taint_rules();
    let started = std::time::Instant::now();
    let modelled: Vec<(Option<FileModel>, Vec<Diagnostic>)> = files
        .par_iter()
        .filter(|f| f.language == Language::Python)
        .map(|file| {
            let (text, warning) = read_source(file);
            let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
            let model = text.map(|text| {
                let model = analyze_with_taint(&file.rel, Arc::from(text), flow);
                warnings.extend(syntax_warning(&model));
                warnings.extend(depth_warnings(&model));
                model
            });
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            (model, warnings)
        })
        .collect();
    let mut warnings = Vec::new();
    let mut models = Vec::new();
    for (model, w) in modelled {
        warnings.extend(w);
        models.extend(model);
    }
    if flow.is_some() {
        cross_file_flows(&mut models, &rules.flow);
    }
    let notes: Vec<Diagnostic> = models.iter().flat_map(capped_notes).collect();
    let model_time = started.elapsed();
    let mut out = scan_models(&models, rules);
    out.model_time = model_time;
    out.warnings.extend(warnings);
    out.notes = notes;
    out
}

/// Scans Python sources given as text (project-relative path, text), following flows across them as a
/// scan of files does: the language server's project, with open buffers' unsaved text in place of their
/// files on disk.
pub fn scan_python_sources(sources: &[(String, Arc<str>)], rules: &CompiledRules) -> ScanOutput {
    let flow = rules.flow.as_taint_rules();
    let mut models: Vec<FileModel> = sources
        .par_iter()
        .map(|(rel, text)| analyze_with_taint(rel, text.clone(), flow))
        .collect();
    if flow.is_some() {
        cross_file_flows(&mut models, &rules.flow);
    }
    let mut out = scan_models(&models, rules);
    for m in &models {
        out.warnings.extend(syntax_warning(m));
        out.warnings.extend(depth_warnings(m));
    }
    out
}

/// Scans one in-memory source (playground, fixtures).
pub fn scan_source(path: &str, source: &str, rules: &CompiledRules) -> (ScanOutput, FileModel) {
    let model = analyze_with_taint(path, Arc::from(source), rules.flow.as_taint_rules());
    let mut out = scan_models(std::slice::from_ref(&model), rules);
    out.warnings.extend(syntax_warning(&model));
    out.warnings.extend(depth_warnings(&model));
    out.notes.extend(capped_notes(&model));
    (out, model)
}

/// One note per function whose taint walk stopped at a loop's iteration cap and fell back.
fn capped_notes(model: &FileModel) -> impl Iterator<Item = Diagnostic> + '_ {
    model.taint_capped.iter().map(|&line| Diagnostic {
        path: model.path.clone(),
        line: Some(line),
        column: Some(1),
        message:
            "taint analysis of this function reached the loop iteration cap; the loop's names were \
                  given every taint label of the function (a conservative fallback)"
                .to_string(),
    })
}

/// One warning per statement left out for nesting too deeply (the rest of the file was analysed).
fn depth_warnings(model: &FileModel) -> impl Iterator<Item = Diagnostic> + '_ {
    model.too_deep.iter().map(|&line| Diagnostic {
        path: model.path.clone(),
        line: Some(line),
        column: Some(1),
        message: format!(
            "statement nests deeper than {} levels and was not analysed; the rest of the file was",
            pathfinder_python::depth::MAX_NESTING
        ),
    })
}

fn syntax_warning(model: &FileModel) -> Option<Diagnostic> {
    let first = model.syntax_errors.first()?;
    let more = model.syntax_errors.len() - 1;
    let suffix = if more > 0 {
        format!(" ({more} more)")
    } else {
        String::new()
    };
    Some(Diagnostic {
        path: model.path.clone(),
        line: Some(first.line),
        column: Some(first.column),
        message: format!(
            "syntax error: {}{suffix}; the rest of the file was still analysed",
            first.message
        ),
    })
}

/// Evaluates rules on already-built models.
pub fn scan_models(models: &[FileModel], rules: &CompiledRules) -> ScanOutput {
    let started = std::time::Instant::now();
    let mut hierarchy = Hierarchy::default();
    for m in models {
        for class in &m.classes {
            hierarchy.add(&class.fqn, &class.bases);
        }
    }
    let gate = weakness::FrameworkGate::new(rules.rules(), models);
    let by_id: HashMap<&str, &Rule> = rules.rules().map(|r| (r.id.as_str(), &**r)).collect();
    // The playground's cancellation flag follows the work onto rayon's threads.
    let cancel = pathfinder_python::cancel::current();
    let per_file: Vec<Vec<Finding>> = models
        .par_iter()
        .map(|m| {
            pathfinder_python::cancel::with(cancel.clone(), || {
                let roots = gate.file_roots(m);
                let applies = |r: &Rule| gate.applies(r, &roots);
                let mut found = match_file(m, &rules.pattern, &hierarchy, &applies);
                found.extend(taint_findings(m, &rules.flow, &applies));
                weakness::merge_same_weakness(&mut found, &by_id);
                found
            })
        })
        .collect();
    let all: Vec<Finding> = per_file.into_iter().flatten().collect();
    let suppressions: Vec<FileSuppressions> = models
        .iter()
        .filter(|m| !m.suppressions.is_empty())
        .map(|m| FileSuppressions {
            path: m.path.clone(),
            directives: m.suppressions.clone(),
        })
        .collect();
    ScanOutput {
        match_time: started.elapsed(),
        ..suppressed_output(all, Vec::new(), models.len(), &suppressions, rules)
    }
}

fn match_file(
    model: &FileModel,
    rules: &[CompiledRule],
    hierarchy: &Hierarchy,
    applies: &dyn Fn(&Rule) -> bool,
) -> Vec<Finding> {
    let index = matcher::CallIndex::new(&model.calls);
    let mut findings = Vec::new();
    let mut seen = Vec::new();
    for rule in rules.iter().filter(|r| applies(&r.rule)) {
        pathfinder_python::cancel::check();
        seen.clear();
        let mut check = |i: u32| {
            let call = &model.calls[i as usize];
            if rule.matcher.matches(call, hierarchy) {
                seen.push(i);
            }
        };
        match &rule.candidates {
            Some(keys) => {
                for key in keys {
                    for &i in index.lookup(key) {
                        check(i);
                    }
                }
            }
            None => (0..model.calls.len() as u32).for_each(&mut check),
        }
        seen.sort_unstable();
        seen.dedup();
        for &i in &seen {
            findings.push(finding(model, &rule.rule, &model.calls[i as usize]));
        }
    }
    findings
}

/// Turns the front end's taint paths into findings at their sinks, with every step.
fn taint_findings(
    model: &FileModel,
    flow: &taint::FlowRules,
    applies: &dyn Fn(&Rule) -> bool,
) -> Vec<Finding> {
    if model.taint.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in &model.taint {
        let Some(rule) = flow.rules.get(t.rule as usize).filter(|r| applies(&r.rule)) else {
            continue;
        };
        let mut f = match t.returned_at {
            // The sink is a `return` of a request handler.
            Some((span, scope)) => finding_at(model, &rule.rule, span, scope),
            None => finding(model, &rule.rule, &model.calls[t.sink as usize]),
        };
        f.detection = if t.crosses_functions {
            Detection::TaintGlobal
        } else {
            Detection::TaintLocal
        };
        f.flow = t
            .steps
            .iter()
            .map(|s| match &s.place {
                // A step inside a function of another file (cross-file flow).
                Some(p) => FlowStep {
                    location: Location {
                        file: p.path.clone(),
                        line: p.line,
                        column: p.column,
                        end_line: p.end_line,
                        end_column: p.end_column,
                    },
                    message: s.message(),
                    kind: step_kind(s.kind),
                    subject: s.subject.clone(),
                    snippet: p.snippet.clone(),
                },
                None => {
                    let location = location(model, s.span);
                    FlowStep {
                        snippet: model
                            .lines
                            .line_text(&model.source, location.line)
                            .trim()
                            .to_string(),
                        location,
                        message: s.message(),
                        kind: step_kind(s.kind),
                        subject: s.subject.clone(),
                    }
                }
            })
            .collect();
        out.push(f);
    }
    out
}

/// The reporters' kind of a taint step.
fn step_kind(kind: pathfinder_python::taint::StepKind) -> pathfinder_findings::StepKind {
    use pathfinder_findings::StepKind as F;
    use pathfinder_python::taint::StepKind as P;
    match kind {
        P::Source => F::Source,
        P::Assignment => F::Assignment,
        P::Call => F::Call,
        P::Return => F::Return,
        P::Sink => F::Sink,
    }
}
