//! The engine: evaluates rules over semantic models and produces findings.
//!
//! Two phases: every file is read and modelled once, in parallel; then, with the project-wide class
//! hierarchy known, every rule is evaluated on every model, in parallel, looking only at the call sites
//! whose names can match (no per-rule tree walks).

pub mod container;
pub mod fixtures;
pub mod matcher;
pub mod taint;

use matcher::{CompileError, Compiled, Hierarchy};
use pathfinder_findings::{
    fingerprint, Confidence, Detection, Diagnostic, Finding, FlowStep, Location,
};
use pathfinder_python::{analyze_with_external, analyze_with_taint, FileModel};
use pathfinder_rules::{Rule, RuleBody, RuleLanguage};
use pathfinder_workspace::{read_source, Language, SourceFile};
use rayon::prelude::*;
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

/// Everything that runs: Python pattern and flow rules, Dockerfile and compose rules.
#[derive(Default)]
pub struct CompiledRules {
    pub pattern: Vec<CompiledRule>,
    pub flow: taint::FlowRules,
    pub container: container::ContainerRules,
    pub skipped: Vec<Skipped>,
}

impl CompiledRules {
    pub fn len(&self) -> usize {
        self.pattern.len() + self.flow.rules.len() + self.container.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every rule that runs, pattern rules first.
    pub fn rules(&self) -> impl Iterator<Item = &Arc<Rule>> {
        self.pattern
            .iter()
            .map(|c| &c.rule)
            .chain(self.flow.rules.iter().map(|f| &f.rule))
            .chain(self.container.rules())
    }
}

/// Compiles the Python, Dockerfile and compose rules among `rules` (Go rules have no front end yet and
/// are left out); a rule the engine cannot run is reported in `skipped`, never dropped silently.
pub fn compile(rules: &[Arc<Rule>]) -> CompiledRules {
    let mut out = CompiledRules::default();
    for rule in rules {
        let m = match &rule.body {
            RuleBody::Code(m) => m,
            RuleBody::Container(ir) => {
                if let Err(reason) = out.container.push(rule, ir) {
                    out.skipped.push(Skipped {
                        rule: rule.clone(),
                        reason,
                    });
                }
                continue;
            }
        };
        if rule.language != RuleLanguage::Python {
            continue;
        }
        let compiled = if let pathfinder_rules::ir::Matcher::Dataflow(flow) = m {
            taint::compile_flow(rule, flow).map(|f| out.flow.push(f))
        } else {
            Compiled::compile(m).map(|matcher| {
                let candidates = matcher.candidates().map(|set| {
                    let mut v: Vec<String> = set.into_iter().collect();
                    v.sort();
                    v
                });
                out.pattern.push(CompiledRule {
                    rule: rule.clone(),
                    matcher,
                    candidates,
                });
            })
        };
        if let Err(CompileError::Unsupported(reason) | CompileError::Dataflow(reason)) = compiled {
            out.skipped.push(Skipped {
                rule: rule.clone(),
                reason,
            });
        }
    }
    out
}

#[derive(Debug, Default)]
pub struct ScanOutput {
    /// Sorted, deduplicated, unsuppressed findings.
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub warnings: Vec<Diagnostic>,
    pub files_scanned: usize,
    /// Time spent reading and modelling files, and matching rules (for `--verbose`).
    pub model_time: std::time::Duration,
    pub match_time: std::time::Duration,
}

/// Scans files on disk. `progress` is called after each file is modelled (for progress bars). Python
/// files and container files (Dockerfiles, compose files) are processed side by side.
pub fn scan_files(
    files: &[SourceFile],
    rules: &CompiledRules,
    progress: &(dyn Fn(usize) + Sync),
) -> ScanOutput {
    let done = AtomicUsize::new(0);
    let (mut out, containers) = rayon::join(
        || scan_python_files(files, rules, progress, &done),
        || scan_container_files(files, &rules.container, progress, &done),
    );
    out.files_scanned += containers.files_scanned;
    // The two halves run side by side; container files are parsed and checked in one step.
    out.model_time = out.model_time.max(containers.model_time);
    out.warnings.extend(containers.warnings);
    out.warnings
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    // Both halves are already finished (fingerprinted); their files differ, so merging is a sort.
    if !containers.findings.is_empty() || !containers.suppressed.is_empty() {
        out.findings.extend(containers.findings);
        out.suppressed.extend(containers.suppressed);
        sort_findings(&mut out.findings);
        sort_findings(&mut out.suppressed);
    }
    out
}

/// Reads, parses and checks every Dockerfile and compose file (each parsed once, in parallel).
fn scan_container_files(
    files: &[SourceFile],
    rules: &container::ContainerRules,
    progress: &(dyn Fn(usize) + Sync),
    done: &AtomicUsize,
) -> ScanOutput {
    let started = std::time::Instant::now();
    // A kind of file no rule looks at is not parsed (a scan with only Python rules stays as fast).
    let wanted = |l: Language| match l {
        Language::Dockerfile => !rules.dockerfile.is_empty(),
        Language::Compose => !rules.compose.is_empty(),
        Language::Python => false,
    };
    let unwanted = files
        .iter()
        .filter(|f| f.language != Language::Python && !wanted(f.language))
        .count();
    if unwanted > 0 {
        progress(done.fetch_add(unwanted, Ordering::Relaxed) + unwanted);
    }
    let results: Vec<(Vec<Finding>, Vec<Diagnostic>)> = files
        .par_iter()
        .filter(|f| wanted(f.language))
        .map(|file| {
            let (text, warning) = read_source(file);
            let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
            let mut findings = Vec::new();
            if let Some(text) = text {
                let r = container::check_text(&file.rel, file.language, &text, rules);
                findings = r.findings;
                warnings.extend(r.warnings);
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            (findings, warnings)
        })
        .collect();
    let files_scanned = results.len();
    let mut all = Vec::new();
    let mut warnings = Vec::new();
    for (f, w) in results {
        all.extend(f);
        warnings.extend(w);
    }
    finish(&mut all);
    let (suppressed, findings) = all.into_iter().partition(|f: &Finding| f.suppressed);
    ScanOutput {
        findings,
        suppressed,
        warnings,
        files_scanned,
        model_time: started.elapsed(),
        match_time: std::time::Duration::ZERO,
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
    let model_time = started.elapsed();
    let mut out = scan_models(&models, rules);
    out.model_time = model_time;
    out.warnings.extend(warnings);
    out
}

/// Follows flows into functions of other files: a file that calls another file's function whose parameter
/// reaches a sink is analysed again knowing that function's summary. Two rounds cover a chain of two files.
fn cross_file_flows(models: &mut [FileModel], flow: &taint::FlowRules) {
    for _ in 0..2 {
        let mut exported: rustc_hash::FxHashMap<
            &str,
            Vec<&pathfinder_python::taint::ExportedSink>,
        > = rustc_hash::FxHashMap::default();
        for m in models.iter() {
            for e in &m.exported {
                exported.entry(e.function.as_str()).or_default().push(e);
            }
        }
        if exported.is_empty() {
            return;
        }
        let redo: Vec<(usize, Vec<pathfinder_python::taint::ExportedSink>)> = models
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let mut external: Vec<pathfinder_python::taint::ExportedSink> = Vec::new();
                for c in &m.calls {
                    let Some(list) = c.fqn.as_deref().and_then(|f| exported.get(f)) else {
                        continue;
                    };
                    // Only a file where a source of that rule can occur can start such a flow.
                    let relevant = |e: &&&pathfinder_python::taint::ExportedSink| {
                        e.path != m.path && flow.may_have_sources(e.rule, &m.source)
                    };
                    for e in list.iter().filter(relevant) {
                        if !external.contains(e) {
                            external.push((*e).clone());
                        }
                    }
                }
                (!external.is_empty()).then_some((i, external))
            })
            .collect();
        if redo.is_empty() {
            return;
        }
        let redone: Vec<(usize, FileModel)> = redo
            .into_par_iter()
            .map(|(i, external)| {
                let m = &models[i];
                let model = analyze_with_external(
                    &m.path,
                    m.source.clone(),
                    flow.as_taint_rules(),
                    &external,
                );
                (i, model)
            })
            .collect();
        let mut changed = false;
        for (i, model) in redone {
            changed |= model.exported != models[i].exported || model.taint != models[i].taint;
            models[i] = model;
        }
        if !changed {
            return;
        }
    }
}

/// Scans one in-memory source (playground, fixtures).
pub fn scan_source(path: &str, source: &str, rules: &CompiledRules) -> (ScanOutput, FileModel) {
    let model = analyze_with_taint(path, Arc::from(source), rules.flow.as_taint_rules());
    let mut out = scan_models(std::slice::from_ref(&model), rules);
    out.warnings.extend(syntax_warning(&model));
    (out, model)
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
    let per_file: Vec<Vec<Finding>> = models
        .par_iter()
        .map(|m| {
            let mut found = match_file(m, &rules.pattern, &hierarchy);
            found.extend(taint_findings(m, &rules.flow));
            found
        })
        .collect();
    let mut all: Vec<Finding> = per_file.into_iter().flatten().collect();
    finish(&mut all);
    let (suppressed, findings) = all.into_iter().partition(|f| f.suppressed);
    ScanOutput {
        findings,
        suppressed,
        warnings: Vec::new(),
        files_scanned: models.len(),
        model_time: std::time::Duration::ZERO,
        match_time: started.elapsed(),
    }
}

fn match_file(model: &FileModel, rules: &[CompiledRule], hierarchy: &Hierarchy) -> Vec<Finding> {
    let index = matcher::CallIndex::new(&model.calls);
    let mut findings = Vec::new();
    let mut seen = Vec::new();
    for rule in rules {
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
fn taint_findings(model: &FileModel, flow: &taint::FlowRules) -> Vec<Finding> {
    if model.taint.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in &model.taint {
        let Some(rule) = flow.rules.get(t.rule as usize) else {
            continue;
        };
        let mut f = finding(model, &rule.rule, &model.calls[t.sink as usize]);
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
                    message: s.what.clone(),
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
                        message: s.what.clone(),
                    }
                }
            })
            .collect();
        out.push(f);
    }
    out
}

/// A span of a file as a finding location.
fn location(model: &FileModel, span: pathfinder_python::Span) -> Location {
    let (line, column) = model.position(span.start);
    let (end_line, end_column) = model.position(span.end);
    Location {
        file: model.path.clone(),
        line,
        column,
        end_line,
        end_column,
    }
}

fn finding(model: &FileModel, rule: &Rule, call: &pathfinder_python::CallSite) -> Finding {
    let location = location(model, call.span);
    let (line, end_line) = (location.line, location.end_line);
    let snippet = (line..=end_line.min(line + 19))
        .map(|l| model.lines.line_text(&model.source, l))
        .collect::<Vec<_>>()
        .join("\n");
    let suppressed = [line, end_line].iter().any(|l| {
        model
            .suppressions
            .get(l)
            .is_some_and(|s| s.covers(&rule.id))
    });
    let confidence = match rule
        .meta
        .as_ref()
        .map(|m| m.confidence.to_ascii_lowercase())
    {
        Some(c) if c == "low" => Confidence::Low,
        Some(c) if c == "medium" => Confidence::Medium,
        _ => Confidence::High,
    };
    Finding {
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        severity: rule.severity,
        confidence,
        cwe: rule.cwe.clone(),
        owasp: rule.owasp.clone(),
        message: rule.message.clone(),
        location,
        function: model.enclosing(call.scope).map(str::to_string),
        snippet,
        detection: Detection::Pattern,
        flow: Vec::new(),
        // Filled in by `finish` once occurrences are known.
        fingerprint: model.text(call.span).to_string(),
        suppressed,
    }
}

/// Sorts, deduplicates and fingerprints findings: the one place that makes output deterministic.
pub fn finish(findings: &mut Vec<Finding>) {
    sort_findings(findings);
    findings.dedup_by(|a, b| a.rule_id == b.rule_id && a.location == b.location);
    let mut occurrences: HashMap<(String, String, Option<String>, String), usize> = HashMap::new();
    for f in findings.iter_mut() {
        let code = std::mem::take(&mut f.fingerprint);
        let key = (
            f.rule_id.clone(),
            f.location.file.clone(),
            f.function.clone(),
            code.clone(),
        );
        let n = occurrences.entry(key).or_insert(0);
        f.fingerprint = fingerprint(
            &f.rule_id,
            &f.location.file,
            f.function.as_deref(),
            &code,
            *n,
        );
        *n += 1;
    }
}

/// The one order of findings: file, position, rule.
fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (
            &a.location.file,
            a.location.line,
            a.location.column,
            &a.rule_id,
            a.location.end_line,
            a.location.end_column,
        )
            .cmp(&(
                &b.location.file,
                b.location.line,
                b.location.column,
                &b.rule_id,
                b.location.end_line,
                b.location.end_column,
            ))
    });
}
