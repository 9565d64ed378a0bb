//! `pathfinder scan`.

use crate::util::{builtin_rules, error, note, rfc3339, warn};
use crate::{ScanArgs, VERSION};
use globset::{GlobBuilder, GlobMatcher};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pathfinder_ci::{ChangeSet, DiffScope, RepoLocation};
use pathfinder_engine::{compile, scan_files};
use pathfinder_findings::baseline::Baseline;
use pathfinder_findings::finish::RunInfo;
use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_findings::summary::{exit_code, plural, summary_line, Hidden};
use pathfinder_findings::suppress::SuppressOptions;
use pathfinder_findings::{Confidence, Finding, ScanReport, Severity};
use pathfinder_rules::query::{self, rule_glob, Exclude};
use pathfinder_rules::{RuleQuery, RuleSet};
use pathfinder_workspace::{load_config, walk, Config, Language, Profile, WalkOptions, WalkResult};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// Settings after merging configuration files with flags (flags win).
struct Settings {
    rulesets: Vec<String>,
    rules: Vec<std::path::PathBuf>,
    /// The audit profile adds audit rules to the default (vulnerability) rules.
    profile: Profile,
    format: Format,
    fail_on: Option<Severity>,
    skip_tests: bool,
    include_generated: bool,
    include: Vec<String>,
    exclude: Vec<String>,
    threads: usize,
    dockerfiles: Vec<String>,
    compose_files: Vec<String>,
    baseline: Option<PathBuf>,
    /// Rule id patterns not to run, each with where it was written (for warnings).
    exclude_rules: Vec<Exclude>,
    per_file_ignores: Vec<PerFileIgnore>,
    min_severity: Option<Severity>,
    min_confidence: Option<Confidence>,
    foreign_suppressions: bool,
}

/// Findings of `rules` in files matching `path` are dropped.
struct PerFileIgnore {
    path: GlobMatcher,
    /// The path pattern has no `/`: it is matched against file names too.
    name_only: bool,
    rules: Vec<String>,
    origin: String,
}

fn settings(
    args: &ScanArgs,
    config: Config,
    config_path: Option<&Path>,
    default_format: &str,
) -> Result<Settings, String> {
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
    // Paths written in a configuration file are relative to that file, wherever pathfinder runs from.
    let config_dir = config_path.and_then(Path::parent).unwrap_or(Path::new(""));
    let config_name = config_path.map_or(String::new(), |p| p.display().to_string());
    let mut rules = args.rules.clone();
    if rules.is_empty() {
        rules = config.rules.iter().map(|r| config_dir.join(r)).collect();
    }
    let baseline = args
        .baseline
        .clone()
        .or_else(|| config.baseline.as_ref().map(|b| config_dir.join(b)));
    let exclude = |pattern: &String, origin: String| Exclude {
        pattern: pattern.clone(),
        origin,
    };
    let mut exclude_rules: Vec<Exclude> = config
        .exclude_rules
        .iter()
        .map(|r| exclude(r, format!("{config_name} (exclude-rules)")))
        .collect();
    exclude_rules.extend(
        args.exclude_rules
            .iter()
            .map(|r| exclude(r, "--exclude-rule".to_string())),
    );
    let mut per_file_ignores = Vec::new();
    for (pattern, ids) in &config.per_file_ignores {
        let path = GlobBuilder::new(pattern.trim_start_matches("./"))
            .literal_separator(true)
            .build()
            .map_err(|e| format!("{config_name}: per-file-ignores: invalid glob `{pattern}`: {e}"))?
            .compile_matcher();
        per_file_ignores.push(PerFileIgnore {
            path,
            name_only: !pattern.contains('/'),
            rules: ids.clone(),
            origin: format!("{config_name} (per-file-ignores \"{pattern}\")"),
        });
    }
    let min_severity = match args.min_severity.clone().or(config.min_severity) {
        Some(s) => Some(Severity::parse(&s).ok_or_else(|| {
            format!("invalid --min-severity {s:?} (expected critical, high, medium, low, info)")
        })?),
        None => None,
    };
    let min_confidence = match args.min_confidence.clone().or(config.min_confidence) {
        Some(c) => Some(parse_confidence(&c).ok_or_else(|| {
            format!("invalid --min-confidence {c:?} (expected high, medium, low)")
        })?),
        None => None,
    };
    Ok(Settings {
        baseline,
        exclude_rules,
        per_file_ignores,
        min_severity,
        min_confidence,
        foreign_suppressions: config.honor_foreign_suppressions.unwrap_or(false),
        rulesets: pick(&args.rulesets, config.rulesets),
        rules,
        profile: config.profile.unwrap_or_default(),
        format,
        fail_on,
        skip_tests: args.skip_tests.or(config.skip_tests).unwrap_or(true),
        include_generated: args
            .include_generated
            .or(config.include_generated)
            .unwrap_or(false),
        include: pick(&args.include, config.include),
        exclude: pick(&args.exclude, config.exclude),
        threads: args.threads.or(config.threads).unwrap_or(0),
        dockerfiles: config.dockerfiles,
        compose_files: config.compose_files,
    })
}

pub fn run(mut args: ScanArgs) -> u8 {
    if let Err(e) = args.check(false) {
        error(e);
        return 2;
    }
    // The diff comes first: a bad base is an error before any scanning work. (A missing project is
    // reported by `scan` in its own words.)
    let changes = match &args.base {
        Some(base) if args.project.exists() => {
            match changes_for(&args.project, base, args.head()) {
                Ok(c) => Some(c),
                Err(e) => {
                    error(e);
                    return 2;
                }
            }
        }
        _ => None,
    };
    let mut scanned = match scan(&args, "text") {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let (Some(c), Some(base)) = (&changes, &args.base) {
        scanned.hidden.outside_diff += keep_changed(&mut scanned.report, c, args.diff_scope());
        scanned.diff = Some((c.files.len(), base.clone()));
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

/// Drops findings (and suppressed ones, so counts agree) outside the change; returns how many reported
/// findings were dropped.
pub fn keep_changed(report: &mut ScanReport, changes: &ChangeSet, scope: DiffScope) -> usize {
    let inside = |f: &pathfinder_findings::Finding| {
        changes.includes(
            scope,
            &f.location.file,
            f.location.line,
            f.location.end_line,
        )
    };
    let before = report.findings.len();
    report.findings.retain(inside);
    report.suppressed.retain(inside);
    before - report.findings.len()
}

/// A finished scan, before rendering.
pub struct Scanned {
    pub report: ScanReport,
    format: Format,
    fail_on: Option<Severity>,
    /// What was left out of the report and why (for the summary line).
    pub hidden: Hidden,
    /// In diff mode: changed files and the base, for the text report's header.
    pub diff: Option<(usize, String)>,
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
            hidden: self.hidden,
            diff: self.diff.clone(),
        }
    }

    pub fn is_sarif(&self) -> bool {
        self.format == Format::Sarif
    }
}

/// The project's configuration file (unless `--no-config`) merged with the flags.
fn configured(args: &ScanArgs, default_format: &str) -> Result<Settings, u8> {
    let (config, config_path) = if args.no_config || !args.project.is_dir() {
        (Config::default(), None)
    } else {
        match load_config(&args.project) {
            Ok(Some(loaded)) => {
                if args.verbose {
                    note(format!(
                        "using configuration from {}",
                        loaded.path.display()
                    ));
                }
                (loaded.config, Some(loaded.path))
            }
            Ok(None) => (Config::default(), None),
            Err(e) => {
                error(e);
                return Err(2);
            }
        }
    };
    settings(args, config, config_path.as_deref(), default_format).map_err(|e| {
        error(e);
        2
    })
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
    let s = configured(args, default_format)?;
    if s.threads > 0 {
        // Only fails if a global pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(s.threads)
            .build_global();
    }

    // A malformed baseline is an error before any scanning work.
    let baseline = match &s.baseline {
        Some(path) if args.write_baseline.is_none() => match read_baseline(path) {
            Ok(b) => Some(b),
            Err(e) => {
                error(e);
                return Err(2);
            }
        },
        _ => None,
    };

    let walk_started = Instant::now();
    let walk_options = WalkOptions {
        root: args.project.clone(),
        include: s.include.clone(),
        exclude: s.exclude.clone(),
        skip_tests: s.skip_tests,
        threads: s.threads,
        dockerfiles: s.dockerfiles.clone(),
        compose_files: s.compose_files.clone(),
        follow_external_symlinks: args.follow_external_symlinks,
        ..WalkOptions::default()
    };
    // Standard input is written below a private directory at the path it stands for and walked there, so
    // include, exclude, skip-tests and the file-name rules apply exactly as to the real file.
    let stdin_dir = match args.stdin_filename.as_deref().map(stdin_tree) {
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => {
            error(e);
            return Err(2);
        }
        None => None,
    };
    let walked = match &stdin_dir {
        Some(dir) => walk(&WalkOptions {
            root: dir.path.clone(),
            ..walk_options
        }),
        None => walk(&walk_options),
    };
    let walked: WalkResult = match walked {
        Ok(w) => w,
        Err(e) => {
            error(e);
            return Err(2);
        }
    };

    let walk_time = walk_started.elapsed();
    let compiled = rules_for(args, &s, &walked)?;
    if args.verbose {
        eprintln!(
            "pathfinder {VERSION}: {}, {} ({} skipped)",
            plural(walked.files.len(), "file"),
            plural(compiled.len(), "rule"),
            compiled.skipped.len()
        );
    }

    let bar = progress_bar(
        walked.files.len() as u64,
        !args.no_progress && std::io::stderr().is_terminal(),
    );
    let output = scan_files(&walked.files, &compiled, &|n| bar.set_position(n as u64));
    bar.finish();
    drop(stdin_dir);
    if args.verbose {
        for n in &output.notes {
            crate::util::note(format!("note: {n}"));
        }
        eprintln!(
            "timings: walk {} ms, read+parse+model {} ms, match {} ms",
            walk_time.as_millis(),
            output.model_time.as_millis(),
            output.match_time.as_millis()
        );
    }

    if args.show_unused_suppressions {
        for u in &output.unused_suppressions {
            eprintln!("{u}");
        }
    }
    let target = match &args.stdin_filename {
        Some(name) => name.display().to_string(),
        None => args.project.display().to_string(),
    };
    let run = RunInfo {
        tool_version: VERSION.to_string(),
        target,
        timestamp,
        duration_ms: started.elapsed().as_millis() as u64,
    };
    let rules = compiled.rules().map(|r| r.info()).collect();
    let mut report = output.into_report(run, rules, walked.warnings);
    print_warnings(&report, args.verbose);

    let hidden = match narrow(&mut report, &s, args, baseline) {
        Ok(h) => h,
        Err(e) => {
            error(e);
            return Err(2);
        }
    };
    Ok(Scanned {
        report,
        format: s.format,
        fail_on: s.fail_on,
        hidden,
        diff: None,
    })
}

/// After the engine, in order: per-file-ignores, the baseline (written first with `--write-baseline`), then
/// the output filters. Returns how many findings each step left out.
fn narrow(
    report: &mut ScanReport,
    s: &Settings,
    args: &ScanArgs,
    baseline: Option<Baseline>,
) -> Result<Hidden, String> {
    let mut hidden = Hidden {
        per_file_ignored: per_file_ignore(report, &s.per_file_ignores),
        ..Hidden::default()
    };
    let baseline = match &args.write_baseline {
        Some(path) => {
            let b = Baseline::from_findings(&report.findings);
            std::fs::write(path, b.to_json())
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!(
                "baseline: {} recorded in {}",
                plural(b.len(), "finding"),
                path.display()
            );
            Some(b)
        }
        None => baseline,
    };
    if let (Some(b), Some(path)) = (
        &baseline,
        args.write_baseline.as_ref().or(s.baseline.as_ref()),
    ) {
        let outcome = b.filter(&mut report.findings);
        hidden.baselined = outcome.hidden;
        if args.write_baseline.is_none() {
            let stale = match outcome.stale {
                1 => "1 entry no longer matches".to_string(),
                n => format!("{n} entries no longer match"),
            };
            eprintln!(
                "baseline {}: {} hidden, {stale}",
                path.display(),
                plural(outcome.hidden, "finding"),
            );
        }
    }
    let before = report.findings.len();
    report.findings.retain(|f| {
        s.min_severity.is_none_or(|m| f.severity >= m)
            && s.min_confidence.is_none_or(|m| f.confidence >= m)
    });
    hidden.below_threshold = before - report.findings.len();
    Ok(hidden)
}

fn parse_confidence(s: &str) -> Option<Confidence> {
    match s.trim().to_ascii_lowercase().as_str() {
        "high" => Some(Confidence::High),
        "medium" => Some(Confidence::Medium),
        "low" => Some(Confidence::Low),
        _ => None,
    }
}

fn read_baseline(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read baseline: {e}", path.display()))?;
    Baseline::parse(path, &text).map_err(|e| e.to_string())
}

/// A private directory holding standard input at the path it stands for; removed when dropped.
struct StdinTree {
    path: PathBuf,
}

impl Drop for StdinTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn stdin_tree(name: &Path) -> Result<StdinTree, String> {
    use std::path::Component;
    let rel: PathBuf = name
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if rel.as_os_str().is_empty() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(format!(
            "--stdin-filename {}: give a relative path inside the project, without `..`",
            name.display()
        ));
    }
    let mut text = Vec::new();
    std::io::stdin()
        .read_to_end(&mut text)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let dir = std::env::temp_dir().join(format!("pathfinder-stdin-{}-{nanos}", std::process::id()));
    let tree = StdinTree { path: dir.clone() };
    let file = dir.join(&rel);
    let parent = file.parent().unwrap_or(&dir);
    std::fs::create_dir_all(parent)
        .and_then(|_| std::fs::write(&file, &text))
        .map_err(|e| format!("cannot hold standard input in {}: {e}", dir.display()))?;
    Ok(tree)
}

/// The rule query of the flags and configuration, resolved (`RuleSet::select`) and compiled for the
/// languages the walk found; errors are printed and returned as exit code 2.
fn rules_for(
    args: &ScanArgs,
    s: &Settings,
    walked: &WalkResult,
) -> Result<pathfinder_engine::CompiledRules, u8> {
    let languages: Vec<Language> = {
        let mut l: Vec<Language> = walked.files.iter().map(|f| f.language).collect();
        l.sort();
        l.dedup();
        l
    };
    let query = RuleQuery {
        rulesets: s.rulesets.clone(),
        paths: s.rules.clone(),
        languages: Some(languages),
        profile: s.profile,
        excludes: s.exclude_rules.clone(),
        no_taint: args.no_taint,
        ..RuleQuery::default()
    };
    let loader = query
        .builtin
        .then_some(builtin_rules as query::BuiltinLoader);
    let rule_set = match RuleSet::load_with(&query.paths, loader) {
        Ok(r) => r,
        Err(e) => {
            error(format!("cannot load rules: {e}"));
            return Err(2);
        }
    };
    for i in &s.per_file_ignores {
        for r in i.rules.iter().filter(|r| !rule_set.matches_any(r)) {
            warn(query::unmatched(&i.origin, r));
        }
    }
    let selected = match rule_set.select(&query) {
        Ok(sel) => {
            sel.warnings.iter().for_each(warn);
            sel.rules
        }
        Err(e) => {
            error(e);
            return Err(2);
        }
    };
    let mut compiled = compile(&selected);
    if !compiled.invalid.is_empty() {
        for sk in &compiled.invalid {
            error(format!(
                "{}:{}: rule {}: {}",
                sk.rule.origin, sk.rule.line, sk.rule.id, sk.reason
            ));
        }
        return Err(2);
    }
    compiled.include_generated = s.include_generated;
    compiled.suppress = SuppressOptions {
        foreign: s.foreign_suppressions,
        known_rules: Some(
            rule_set
                .all()
                .iter()
                .map(|r| r.id.to_ascii_uppercase())
                .collect(),
        ),
    };
    for sk in &compiled.skipped {
        warn(format!(
            "rule {} ({}) not run: {}",
            sk.rule.id, sk.rule.origin, sk.reason
        ));
    }
    Ok(compiled)
}

/// Drops findings (reported and suppressed) that `per-file-ignores` covers; returns how many reported
/// findings were dropped.
fn per_file_ignore(report: &mut ScanReport, ignores: &[PerFileIgnore]) -> usize {
    if ignores.is_empty() {
        return 0;
    }
    let rules: Vec<(&PerFileIgnore, Vec<GlobMatcher>)> = ignores
        .iter()
        .map(|i| (i, i.rules.iter().filter_map(|r| rule_glob(r)).collect()))
        .collect();
    let ignored = |f: &Finding| {
        let file = f.location.file.as_str();
        let name = file.rsplit('/').next().unwrap_or(file);
        rules.iter().any(|(i, globs)| {
            (i.path.is_match(file) || (i.name_only && i.path.is_match(name)))
                && globs.iter().any(|g| g.is_match(&f.rule_id))
        })
    };
    let before = report.findings.len();
    report.findings.retain(|f| !ignored(f));
    report.suppressed.retain(|f| !ignored(f));
    before - report.findings.len()
}

/// Renders and writes the report; the exit code follows `--fail-on`.
pub fn emit(args: &ScanArgs, scanned: &Scanned) -> u8 {
    let (report, s) = (&scanned.report, scanned);
    // `-f -` is standard output, so `ci` (which writes a file by default) can still print.
    let output_file = args.output_file.as_ref().filter(|p| p.as_os_str() != "-");
    let color = s.format == Format::Text
        && output_file.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut rendered = render(
        s.format,
        report,
        &RenderOptions {
            color,
            verbose: args.verbose,
        },
    );
    if let (Some((files, base)), Format::Text) = (&s.diff, s.format) {
        // The header says the report is limited to the change, right under the title line.
        let scope = format!(
            "{} in {}, diff against {}\n",
            plural(report.findings.len(), "finding"),
            plural(*files, "changed file"),
            base
        );
        let at = rendered.find('\n').map_or(0, |i| i + 1);
        rendered.insert_str(at, &scope);
    }
    let written = match output_file {
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
    if let Some(path) = output_file {
        note(format!(
            "{} report written to {}",
            s.format.as_str().to_uppercase(),
            path.display()
        ));
    }
    // When the report is not text on a terminal the log would otherwise not say what happened.
    if output_file.is_some() || s.format != Format::Text {
        let hidden = Hidden {
            suppressed: report.suppressed.len(),
            ..s.hidden
        };
        eprintln!(
            "pathfinder: {}",
            summary_line(&report.findings, &hidden, s.fail_on)
        );
    }
    exit_code(&report.findings, s.fail_on)
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
