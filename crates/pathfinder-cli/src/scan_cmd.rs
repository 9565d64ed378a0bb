//! `pathfinder scan`.

use crate::util::{error, rfc3339, warn, RuleSet};
use crate::{ScanArgs, VERSION};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pathfinder_ci::{ChangeSet, DiffScope, RepoLocation};
use pathfinder_engine::{compile, scan_files};
use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_findings::{ScanReport, Severity};
use pathfinder_rules::catalog;
use pathfinder_rules::{Rule, RuleLanguage};
use pathfinder_workspace::{load_config, walk, Config, Language, WalkOptions};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// Settings after merging configuration files with flags (flags win).
struct Settings {
    rulesets: Vec<String>,
    rules: Vec<std::path::PathBuf>,
    format: Format,
    fail_on: Option<Severity>,
    skip_tests: bool,
    include: Vec<String>,
    exclude: Vec<String>,
    threads: usize,
    dockerfiles: Vec<String>,
    compose_files: Vec<String>,
}

fn settings(args: &ScanArgs, config: Config, default_format: &str) -> Result<Settings, String> {
    let pick =
        |flag: &Vec<String>, conf: Vec<String>| if flag.is_empty() { conf } else { flag.clone() };
    let format_text = args
        .output
        .clone()
        .or(config.output)
        .unwrap_or_else(|| default_format.into());
    let format: Format = format_text.parse().map_err(|e| format!("{e}"))?;
    let fail_on_list = pick(&args.fail_on, config.fail_on);
    let mut fail_on = None;
    for s in fail_on_list
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        let sev = Severity::parse(s).ok_or_else(|| {
            format!("invalid --fail-on severity {s:?} (expected critical, high, medium, low, info)")
        })?;
        fail_on = Some(fail_on.map_or(sev, |cur: Severity| cur.min(sev)));
    }
    let mut rules = args.rules.clone();
    if rules.is_empty() {
        rules = config.rules.iter().map(Into::into).collect();
    }
    Ok(Settings {
        rulesets: pick(&args.rulesets, config.rulesets),
        rules,
        format,
        fail_on,
        skip_tests: args.skip_tests.or(config.skip_tests).unwrap_or(true),
        include: pick(&args.include, config.include),
        exclude: pick(&args.exclude, config.exclude),
        threads: args.threads.or(config.threads).unwrap_or(0),
        dockerfiles: config.dockerfiles,
        compose_files: config.compose_files,
    })
}

pub fn run(args: ScanArgs) -> u8 {
    // The diff comes first: a bad base is an error before any scanning work. (A missing project is
    // reported by `scan` in its own words.)
    let changes = match &args.base {
        Some(base) if args.project.exists() => match changes_for(&args.project, base, &args.head) {
            Ok(c) => Some(c),
            Err(e) => {
                error(e);
                return 2;
            }
        },
        _ => None,
    };
    let mut scanned = match scan(&args, "text") {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some(c) = &changes {
        keep_changed(&mut scanned.report, c, args.diff_scope);
    }
    emit(&args, &scanned)
}

/// The change between the merge-base of `base` and `head`, and `head`, in the paths findings use.
fn changes_for(
    project: &std::path::Path,
    base: &str,
    head: &str,
) -> Result<ChangeSet, pathfinder_ci::GitError> {
    RepoLocation::find(project)?.changes(base, head)
}

/// Drops findings (and suppressed ones, so counts agree) outside the change.
pub fn keep_changed(report: &mut ScanReport, changes: &ChangeSet, scope: DiffScope) {
    let inside = |f: &pathfinder_findings::Finding| {
        changes.includes(
            scope,
            &f.location.file,
            f.location.line,
            f.location.end_line,
        )
    };
    report.findings.retain(inside);
    report.suppressed.retain(inside);
}

/// A finished scan, before rendering.
pub struct Scanned {
    pub report: ScanReport,
    format: Format,
    fail_on: Option<Severity>,
}

impl Scanned {
    /// The same results with every project-relative path below `prefix` (a `/`-terminated directory),
    /// for SARIF read against the repository root when the project is a subdirectory of it.
    pub fn under_directory(&self, prefix: &str) -> Scanned {
        let mut report = self.report.clone();
        let relocate = |path: &mut String| {
            if !path.starts_with('/') && !std::path::Path::new(path.as_str()).is_absolute() {
                *path = format!("{prefix}{path}");
            }
        };
        for f in report
            .findings
            .iter_mut()
            .chain(report.suppressed.iter_mut())
        {
            relocate(&mut f.location.file);
            f.flow
                .iter_mut()
                .for_each(|s| relocate(&mut s.location.file));
        }
        report
            .warnings
            .iter_mut()
            .for_each(|w| relocate(&mut w.path));
        Scanned {
            report,
            format: self.format,
            fail_on: self.fail_on,
        }
    }

    pub fn is_sarif(&self) -> bool {
        self.format == Format::Sarif
    }
}

/// Loads configuration and rules, walks and scans; errors are printed and returned as exit code 2.
pub fn scan(args: &ScanArgs, default_format: &str) -> Result<Scanned, u8> {
    let started = Instant::now();
    let timestamp = rfc3339(SystemTime::now());
    if !args.project.exists() {
        error(format!(
            "project path {} does not exist",
            args.project.display()
        ));
        return Err(2);
    }
    let config = if args.no_config || !args.project.is_dir() {
        Config::default()
    } else {
        match load_config(&args.project) {
            Ok(Some(loaded)) => {
                if args.verbose {
                    eprintln!("using configuration from {}", loaded.path.display());
                }
                loaded.config
            }
            Ok(None) => Config::default(),
            Err(e) => {
                error(e);
                return Err(2);
            }
        }
    };
    let s = match settings(args, config, default_format) {
        Ok(s) => s,
        Err(e) => {
            error(e);
            return Err(2);
        }
    };
    if s.threads > 0 {
        // Only fails if a global pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(s.threads)
            .build_global();
    }

    let walk_started = Instant::now();
    let walked = match walk(&WalkOptions {
        root: args.project.clone(),
        include: s.include.clone(),
        exclude: s.exclude.clone(),
        skip_tests: s.skip_tests,
        threads: s.threads,
        dockerfiles: s.dockerfiles.clone(),
        compose_files: s.compose_files.clone(),
        ..WalkOptions::default()
    }) {
        Ok(w) => w,
        Err(e) => {
            error(e);
            return Err(2);
        }
    };

    let walk_time = walk_started.elapsed();
    let rule_set = match RuleSet::load(&s.rules) {
        Ok(r) => r,
        Err(e) => {
            error(format!("cannot load rules: {e}"));
            return Err(2);
        }
    };
    let languages: Vec<Language> = {
        let mut l: Vec<Language> = walked.files.iter().map(|f| f.language).collect();
        l.sort();
        l.dedup();
        l
    };
    let selected = match select_rules(&rule_set, &s, &languages) {
        Ok(r) if args.no_taint => r
            .into_iter()
            .filter(|r| !matches!(&r.body, pathfinder_rules::RuleBody::Code(m) if m.contains_dataflow()))
            .collect(),
        Ok(r) => r,
        Err(e) => {
            error(e);
            return Err(2);
        }
    };
    let compiled = compile(&selected);
    for sk in &compiled.skipped {
        warn(format!(
            "rule {} ({}) not run: {}",
            sk.rule.id, sk.rule.origin, sk.reason
        ));
    }
    if args.verbose {
        eprintln!(
            "pathfinder {VERSION}: {} files, {} rules ({} skipped)",
            walked.files.len(),
            compiled.len(),
            compiled.skipped.len()
        );
    }

    let bar = progress_bar(
        walked.files.len() as u64,
        !args.no_progress && std::io::stderr().is_terminal(),
    );
    let output = scan_files(&walked.files, &compiled, &|n| bar.set_position(n as u64));
    bar.finish();
    if args.verbose {
        eprintln!(
            "timings: walk {} ms, read+parse+model {} ms, match {} ms",
            walk_time.as_millis(),
            output.model_time.as_millis(),
            output.match_time.as_millis()
        );
    }

    let mut warnings = walked.warnings;
    warnings.extend(output.warnings);
    let report = ScanReport {
        tool_version: VERSION.to_string(),
        target: args.project.display().to_string(),
        timestamp,
        duration_ms: started.elapsed().as_millis() as u64,
        files_scanned: output.files_scanned,
        rules: compiled.rules().map(|r| r.info()).collect(),
        findings: output.findings,
        suppressed: output.suppressed,
        warnings,
    };
    print_warnings(&report, args.verbose);
    Ok(Scanned {
        report,
        format: s.format,
        fail_on: s.fail_on,
    })
}

/// Renders and writes the report; the exit code follows `--fail-on`.
pub fn emit(args: &ScanArgs, scanned: &Scanned) -> u8 {
    let (report, s) = (&scanned.report, scanned);
    let color = s.format == Format::Text
        && args.output_file.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let rendered = render(
        s.format,
        report,
        &RenderOptions {
            color,
            verbose: args.verbose,
        },
    );
    let written = match &args.output_file {
        Some(path) => std::fs::write(path, rendered.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.as_bytes())
                .and_then(|_| out.flush())
                .map_err(|e| format!("cannot write to stdout: {e}"))
        }
    };
    if let Err(e) = written {
        error(e);
        return 2;
    }
    if let Some(path) = args.output_file.as_ref().filter(|_| args.verbose) {
        eprintln!(
            "{} findings written to {}",
            report.findings.len(),
            path.display()
        );
    }
    match s.fail_on {
        Some(threshold) if report.findings.iter().any(|f| f.severity >= threshold) => 1,
        _ => 0,
    }
}

/// Explicit rulesets and `--rules` files; by default every built-in rule for the languages present.
fn select_rules(
    rule_set: &RuleSet,
    s: &Settings,
    languages: &[Language],
) -> Result<Vec<Arc<Rule>>, String> {
    let all = rule_set.all();
    let mut chosen: BTreeMap<String, Arc<Rule>> = BTreeMap::new();
    for spec in &s.rulesets {
        for r in catalog::select(&all, spec).map_err(|e| e.to_string())? {
            chosen.insert(r.id.clone(), r);
        }
    }
    for r in &rule_set.user {
        chosen.insert(r.id.clone(), r.clone());
    }
    if s.rulesets.is_empty() && s.rules.is_empty() {
        for r in &rule_set.builtin {
            let present = languages.iter().any(|l| {
                matches!(
                    (l, r.language),
                    (Language::Python, RuleLanguage::Python)
                        | (Language::Dockerfile, RuleLanguage::Dockerfile)
                        | (Language::Compose, RuleLanguage::Compose)
                        | (Language::Go, RuleLanguage::Go)
                )
            });
            if present {
                chosen.insert(r.id.clone(), r.clone());
            }
        }
    }
    Ok(chosen.into_values().collect())
}

fn progress_bar(total: u64, enabled: bool) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("{spinner} scanning {pos}/{len} files {wide_bar} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // Only scans that take longer than a second get a visible bar.
    let handle = bar.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        if !handle.is_finished() {
            handle.set_draw_target(ProgressDrawTarget::stderr());
            handle.enable_steady_tick(Duration::from_millis(120));
        }
    });
    bar
}

fn print_warnings(report: &ScanReport, verbose: bool) {
    const SHOWN: usize = 20;
    let limit = if verbose { usize::MAX } else { SHOWN };
    for w in report.warnings.iter().take(limit) {
        warn(w);
    }
    if report.warnings.len() > limit {
        warn(format!(
            "{} more warnings not shown (use --verbose to see all)",
            report.warnings.len() - limit
        ));
    }
}
