//! The `scan` tool: the same walk, rule selection, engine and JSON report as `pathfinder scan -o json`,
//! run on a file or directory inside the project, or on unsaved text in memory.

use crate::project::Project;
use pathfinder_engine::memory::{analyze_memory, default_file_name, SUPPORTED};
use pathfinder_engine::scan_files;
use pathfinder_findings::finish::RunInfo;
use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_findings::{ScanReport, Severity};
use pathfinder_rules::catalog;
use pathfinder_rules::query::Exclude;
use pathfinder_rules::{Rule, RuleQuery, RuleSet};
use pathfinder_workspace::{walk, Language, WalkOptions};
use serde::Deserialize;
use serde_json::Value;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanParams {
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub rulesets: Vec<String>,
    #[serde(default)]
    pub rules: Vec<String>,
    #[serde(default)]
    pub min_severity: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub no_taint: bool,
    #[serde(default)]
    pub max_findings: Option<usize>,
}

/// Findings returned in full before the list is cut (the counts stay exact).
pub const DEFAULT_MAX_FINDINGS: usize = 500;

/// `python`, `docker`/`dockerfile`, `docker-compose`/`compose`.
pub fn parse_language(s: &str) -> Option<Language> {
    Language::parse(s)
}

/// The rule query `scan` resolves, with the project's configuration (profile, `exclude-rules`) and the
/// server's `--rules` beside the call's rule paths.
fn select_rules(
    project: &Project,
    rulesets: &[String],
    rule_paths: &[String],
    languages: &[Language],
    no_taint: bool,
) -> Result<Vec<Arc<Rule>>, String> {
    let mut user = project.extra_rules.clone();
    for p in rule_paths {
        let (abs, _) = project.resolve(p)?;
        user.extend(catalog::load_rules_path(&abs).map_err(|e| format!("cannot load rules: {e}"))?);
    }
    let set = RuleSet {
        builtin: project.builtin.clone(),
        user,
    };
    let query = RuleQuery {
        rulesets: rulesets.to_vec(),
        languages: Some(languages.to_vec()),
        profile: project.config.profile.unwrap_or_default(),
        excludes: project
            .config
            .exclude_rules
            .iter()
            .map(|p| Exclude {
                pattern: p.clone(),
                origin: "exclude-rules".into(),
            })
            .collect(),
        no_taint,
        ..RuleQuery::default()
    };
    Ok(set.select(&query)?.rules)
}

/// Runs a scan and returns the `scan -o json` document (paths relative to the project root).
pub fn run(project: &Project, p: &ScanParams) -> Result<Value, String> {
    let started = Instant::now();
    let timestamp = (project.timestamp)();
    let min = match p.min_severity.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(Severity::parse(s).ok_or_else(|| {
            format!("invalid min_severity {s:?} (expected critical, high, medium, low, info)")
        })?),
    };
    let rulesets = if p.rulesets.is_empty() {
        project.config.rulesets.clone()
    } else {
        p.rulesets.clone()
    };
    let rule_paths = if p.rules.is_empty() {
        project.config.rules.clone()
    } else {
        p.rules.clone()
    };
    let (mut report, target) = if let Some(code) = &p.code {
        let language = p
            .language
            .as_deref()
            .ok_or("`code` needs `language` (python, go, docker or docker-compose)")?;
        let language = parse_language(language)
            .filter(|l| SUPPORTED.contains(l))
            .ok_or_else(|| {
                format!("unsupported language {language:?} (python, go, docker or docker-compose)")
            })?;
        // The virtual file name: the given path (it need not exist), else the language's default.
        let name = match p.path.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(path) => project.relative_name(path)?,
            None => default_file_name(language).to_string(),
        };
        let selected = select_rules(project, &rulesets, &rule_paths, &[language], p.no_taint)?;
        let selected: Vec<Arc<Rule>> = selected
            .into_iter()
            .filter(|r| r.language == language)
            .collect();
        let compiled = project.compiled(&selected);
        project.test_pause();
        let output = analyze_memory(language, &name, code, &compiled).map_err(|e| e.to_string())?;
        (
            output.into_report(
                RunInfo {
                    tool_version: project.version.clone(),
                    target: name.clone(),
                    timestamp,
                    duration_ms: 0,
                },
                compiled.rules().map(|r| r.info()).collect(),
                Vec::new(),
            ),
            name,
        )
    } else {
        let (abs, rel) = project.resolve(p.path.as_deref().unwrap_or("."))?;
        let c = &project.config;
        let walked = walk(&WalkOptions {
            root: abs.clone(),
            include: c.include.clone(),
            exclude: c.exclude.clone(),
            skip_tests: c.skip_tests.unwrap_or(true),
            threads: c.threads.unwrap_or(0),
            dockerfiles: c.dockerfiles.clone(),
            compose_files: c.compose_files.clone(),
            ..WalkOptions::default()
        })
        .map_err(|e| e.to_string())?;
        let mut walked = walked;
        project.keep_inside(&mut walked.files);
        let mut languages: Vec<Language> = walked.files.iter().map(|f| f.language).collect();
        languages.sort();
        languages.dedup();
        let selected = select_rules(project, &rulesets, &rule_paths, &languages, p.no_taint)?;
        let compiled = project.compiled(&selected);
        project.test_pause();
        let output = scan_files(&walked.files, &compiled, &|_| {});
        let run = RunInfo {
            tool_version: project.version.clone(),
            target: rel.clone(),
            timestamp,
            duration_ms: 0,
        };
        let rules = compiled.rules().map(|r| r.info()).collect();
        let report = output.into_report(run, rules, walked.warnings);
        // Paths below the scanned directory (or the file's own directory) become project-relative.
        let prefix = if abs.is_dir() {
            rel.clone()
        } else {
            rel.rsplit_once('/')
                .map_or(String::new(), |(d, _)| d.to_string())
        };
        let mut report = report;
        if !prefix.is_empty() && prefix != "." {
            relocate(&mut report, &format!("{prefix}/"));
        }
        (report, rel)
    };
    if let Some(min) = min {
        report.findings.retain(|f| f.severity >= min);
        report.suppressed.retain(|f| f.severity >= min);
    }
    report.duration_ms = started.elapsed().as_millis() as u64;
    let rendered = render(Format::Json, &report, &RenderOptions::default());
    let mut doc: Value = serde_json::from_str(&rendered)
        .map_err(|e| format!("internal error: the JSON report does not parse: {e}"))?;
    let max = p.max_findings.unwrap_or(DEFAULT_MAX_FINDINGS);
    if let Some(list) = doc.get_mut("results").and_then(Value::as_array_mut) {
        if list.len() > max {
            let total = list.len();
            list.truncate(max);
            doc["truncated"] = serde_json::json!({
                "shown": max,
                "total": total,
                "note": format!("{total} findings; only the first {max} are listed (raise max_findings, scan a smaller path or a higher min_severity)"),
            });
        }
    }
    project.remember(&doc, &target);
    Ok(doc)
}

fn relocate(report: &mut ScanReport, prefix: &str) {
    let fix = |path: &mut String| {
        if !path.starts_with('/') {
            *path = format!("{prefix}{path}");
        }
    };
    for f in report
        .findings
        .iter_mut()
        .chain(report.suppressed.iter_mut())
    {
        fix(&mut f.location.file);
        f.flow.iter_mut().for_each(|s| fix(&mut s.location.file));
    }
    report.warnings.iter_mut().for_each(|w| fix(&mut w.path));
}
