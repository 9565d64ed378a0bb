//! `pathfinder ci`: a scan limited to what a change touched, with optional GitHub pull-request comments.
//!
//! Differences from `scan`: the default output is SARIF, a base that cannot be used is a warning followed by a
//! full scan (a CI job should still report), and posting problems are warnings that never change the exit
//! code, which follows `--fail-on` over the reported (changed) findings only.

use crate::scan_cmd::{self, keep_changed};
use crate::util::{error, warn};
use crate::ScanArgs;
use clap::Args;
use pathfinder_ci::env::web_url_for;
use pathfinder_ci::{
    post, redact, ActionsEnv, ChangeSet, Client, DiffScope, GitError, PostOptions, PullRequest,
    RepoLocation, RetryPolicy, SummaryAction,
};
use pathfinder_findings::summary::plural;
use pathfinder_findings::Severity;
use std::time::Duration;

#[derive(Args)]
#[command(mut_arg("output", |a| a.help("Output format: text, json, sarif, csv, gitlab, junit [default: sarif]")))]
pub struct CiArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Scan and report the whole project, ignoring --base and GITHUB_BASE_REF
    #[arg(long)]
    pub no_diff: bool,
    /// Post (or update) one summary comment on the pull request
    #[arg(long)]
    pub pr_comment: bool,
    /// Post review comments on the pull request's changed lines
    #[arg(long)]
    pub pr_inline: bool,
    /// Lowest severity listed in the summary and commented inline
    #[arg(long, value_name = "SEVERITY", default_value = "low")]
    pub comment_min_severity: String,
    /// Repository as owner/name [default: GITHUB_REPOSITORY]
    #[arg(long, value_name = "OWNER/NAME")]
    pub github_repo: Option<String>,
    /// Pull request number [default: from the event at GITHUB_EVENT_PATH]
    #[arg(long, value_name = "N")]
    pub github_pr: Option<u64>,
    /// REST API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server [default: GITHUB_API_URL, else https://api.github.com]
    #[arg(long, value_name = "URL")]
    pub github_api_url: Option<String>,
    /// API token; prefer the GITHUB_TOKEN environment variable, which is never shown
    #[arg(
        long,
        value_name = "TOKEN",
        env = "GITHUB_TOKEN",
        hide_env_values = true
    )]
    pub github_token: Option<String>,
    /// Length of one backoff step in milliseconds (tests shorten it)
    #[arg(long, value_name = "MS", default_value_t = 1000, hide = true)]
    pub github_retry_unit_ms: u64,
}

/// Where `ci` writes SARIF unless `-f` says otherwise: never a large document on a terminal.
pub const DEFAULT_SARIF_FILE: &str = "pathfinder.sarif";

pub fn run(mut args: CiArgs) -> u8 {
    if let Err(e) = args.scan.check(!args.no_diff).and_then(|_| {
        if args.no_diff && args.scan.base.is_some() {
            Err("--no-diff and --base contradict each other".to_string())
        } else {
            Ok(())
        }
    }) {
        error(e);
        return 2;
    }
    if args.scan.is_stdin() {
        error("`pathfinder ci` scans a project, not standard input (use `pathfinder scan --stdin-filename`)");
        return 2;
    }
    let env = ActionsEnv::detect(|k| std::env::var(k).ok());
    let Some(min_severity) = Severity::parse(&args.comment_min_severity) else {
        error(format!(
            "invalid --comment-min-severity {:?} (expected critical, high, medium, low, info)",
            args.comment_min_severity
        ));
        return 2;
    };
    let repo = RepoLocation::find(&args.scan.project);
    let (changes, scope_text): (Option<(ChangeSet, String)>, String) = if args.no_diff {
        (None, WHOLE_PROJECT.to_string())
    } else {
        diff_for_ci(&args, &env, repo.as_ref())
    };

    let mut scanned = match scan_cmd::scan(&args.scan, "sarif") {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some((c, base)) = &changes {
        scanned.hidden.outside_diff += keep_changed(&mut scanned.report, c, args.scan.diff_scope());
        scanned.diff = Some((c.files.len(), base.clone()));
    }
    if args.scan.output_file.is_none() && scanned.is_sarif() {
        args.scan.output_file = Some(DEFAULT_SARIF_FILE.into());
    }
    // The report is written before any network call, so a slow API never costs the results. Code scanning
    // reads SARIF paths against the repository root: a project in a subdirectory gets its paths prefixed.
    let code = match repo.as_ref().map(|l| l.prefix.as_str()) {
        Ok(prefix) if !prefix.is_empty() && scanned.is_sarif() => {
            scan_cmd::emit(&args.scan, &scanned.under_directory(prefix))
        }
        _ => scan_cmd::emit(&args.scan, &scanned),
    };
    if code == 2 {
        return code;
    }

    if args.pr_comment || args.pr_inline {
        let prefix = repo.map(|l| l.prefix).unwrap_or_default();
        publish(
            &args,
            &env,
            &scanned.report,
            min_severity,
            prefix,
            scope_text,
        );
    }
    code
}

const WHOLE_PROJECT: &str = "the whole project";

/// The change to report on, and how the summary describes it. Any problem is a warning and a full report.
fn diff_for_ci(
    args: &CiArgs,
    env: &ActionsEnv,
    repo: Result<&RepoLocation, &GitError>,
) -> (Option<(ChangeSet, String)>, String) {
    let Some(candidates) = base_candidates(&args.scan.base, env) else {
        if args.scan.verbose {
            eprintln!("no --base and no GITHUB_BASE_REF: reporting the whole project");
        }
        return (None, WHOLE_PROJECT.to_string());
    };
    let repo = match repo {
        Ok(r) => r,
        Err(e) => {
            warn(format!("{e}; reporting the whole project"));
            return (None, WHOLE_PROJECT.to_string());
        }
    };
    let mut last_err = None;
    for base in &candidates {
        match repo.changes(base, args.scan.head()) {
            Ok(c) => {
                warn_if_not_pr_head(env, repo, args.scan.head());
                let what = match args.scan.diff_scope() {
                    DiffScope::Lines => "the lines",
                    DiffScope::Files => "the files",
                };
                let short: String = c.merge_base.chars().take(7).collect();
                if args.scan.verbose {
                    crate::util::note(format!(
                        "diff against {base} (merge-base {short}): {}",
                        plural(c.files.len(), "changed file")
                    ));
                }
                let text = format!(
                    "{what} changed since `{}` (merge-base `{short}`)",
                    base.replace('`', "'")
                );
                return (Some((c, base.clone())), text);
            }
            Err(e) => last_err = Some(e),
        }
    }
    warn(format!(
        "cannot diff against {}: {}; reporting the whole project",
        candidates.join(" or "),
        last_err.map(|e| e.to_string()).unwrap_or_default()
    ));
    (None, WHOLE_PROJECT.to_string())
}

/// The `pull_request` event checks out a merge commit by default; its line numbers can differ from the
/// pull request's own, which inline comments use.
fn warn_if_not_pr_head(env: &ActionsEnv, repo: &RepoLocation, head: &str) {
    let Some(want) = &env.pr_head_sha else {
        return;
    };
    if let Ok(have) = repo.resolve(head) {
        if !have.eq_ignore_ascii_case(want) {
            let short: String = want.chars().take(7).collect();
            warn(format!(
                "{head} is not the pull request's head commit {short}: line numbers may differ from the pull request's; check out the head commit (actions/checkout with ref: the pull request head sha)"
            ));
        }
    }
}

/// Bases to try, in order: `--base` as given; else the pull request's target branch as fetched
/// (`origin/<ref>`), then as a local branch.
fn base_candidates(flag: &Option<String>, env: &ActionsEnv) -> Option<Vec<String>> {
    if let Some(b) = flag {
        return Some(vec![b.clone()]);
    }
    let r = env.base_ref.as_ref()?;
    Some(vec![format!("origin/{r}"), r.clone()])
}

fn publish(
    args: &CiArgs,
    env: &ActionsEnv,
    report: &pathfinder_findings::ScanReport,
    min_severity: Severity,
    repo_prefix: String,
    scope: String,
) {
    let token = args.github_token.clone().or_else(|| env.token.clone());
    let Some(token) = token.filter(|t| !t.trim().is_empty()) else {
        warn("no GitHub token (set GITHUB_TOKEN): pull-request comments not posted");
        return;
    };
    let token = token.trim().to_string();
    // Everything printed from here on goes through `say`, which scrubs the token.
    let say = |msg: String| warn(redact(&msg, &token));
    let Some(slug) = args.github_repo.clone().or_else(|| env.repository.clone()) else {
        say("no repository (use --github-repo or GITHUB_REPOSITORY): pull-request comments not posted".into());
        return;
    };
    let Some(number) = args.github_pr.or(env.pr_number) else {
        say("no pull request number (use --github-pr, or run on a pull_request event): comments not posted".into());
        return;
    };
    let pr = match PullRequest::parse(&slug, number) {
        Ok(pr) => pr,
        Err(e) => {
            say(format!("{e}: pull-request comments not posted"));
            return;
        }
    };
    let api_flag = args.github_api_url.clone();
    let api = api_flag
        .clone()
        .or_else(|| env.api_url.clone())
        .unwrap_or_else(|| "https://api.github.com".to_string());
    if !(api.starts_with("https://") || api.starts_with("http://")) {
        say(format!(
            "invalid GitHub API URL {api:?} (expected http:// or https://): comments not posted"
        ));
        return;
    }
    // The Actions server URL matches the Actions API URL; an explicit API URL brings its own web root.
    let web_url = match (&api_flag, &env.server_url) {
        (None, Some(server)) => server.clone(),
        _ => web_url_for(&api),
    };
    let policy = RetryPolicy {
        unit: Duration::from_millis(args.github_retry_unit_ms),
        ..RetryPolicy::default()
    };
    let client = Client::new(&api, &token, policy);
    let opts = PostOptions {
        summary: args.pr_comment,
        inline: args.pr_inline,
        min_severity,
        web_url,
        repo_prefix,
        scope,
        tool_version: report.tool_version.clone(),
    };
    let outcome = post(&client, &pr, &opts, &report.findings, &report.rules);
    for w in &outcome.warnings {
        say(w.clone());
    }
    let mut done = Vec::new();
    match outcome.summary {
        Some(SummaryAction::Created) => done.push("summary comment posted".to_string()),
        Some(SummaryAction::Updated) => done.push("summary comment updated".to_string()),
        None => {}
    }
    if outcome.inline_done {
        done.push(format!(
            "{} added, {} updated, {} removed, {} marked resolved, {} outside the diff (summary only)",
            plural(outcome.created, "inline comment"),
            outcome.updated,
            outcome.removed,
            outcome.marked_resolved,
            plural(outcome.outside_diff, "finding")
        ));
    }
    if !done.is_empty() {
        crate::util::note(format!(
            "pull request {}/{}#{}: {}",
            pr.owner,
            pr.repo,
            pr.number,
            done.join("; ")
        ));
    }
}
