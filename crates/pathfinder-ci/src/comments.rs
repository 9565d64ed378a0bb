//! The pull-request summary comment and the inline review comments.
//!
//! Every comment we write carries a hidden HTML marker, so a later run finds it again instead of posting a
//! duplicate: the summary has one fixed marker, an inline comment one built from the finding's fingerprint
//! (which does not change when unrelated lines move). Rendering and planning are pure functions; `post`
//! does the HTTP calls.

use crate::git::LineSet;
use crate::github::{ApiError, Client, Method};
use pathfinder_findings::{Finding, RuleInfo, Severity};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::body::{code, resolved_body};
pub use crate::body::{finding_marker, inline_body, summary_body, SUMMARY_MARKER};
/// GitHub rejects comment bodies longer than this many characters.
pub const BODY_LIMIT: usize = 65_536;
/// At most this many new inline comments per review; the rest are named in the review body.
pub const MAX_INLINE: usize = 50;

/// Which pull request to talk about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullRequest {
    pub owner: String,
    pub repo: String,
    pub number: u64,
}

impl PullRequest {
    /// `owner/name` plus a number.
    pub fn parse(slug: &str, number: u64) -> Result<PullRequest, String> {
        let valid = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                && s != "."
                && s != ".."
        };
        match slug.split_once('/') {
            Some((o, r)) if valid(o) && valid(r) => Ok(PullRequest {
                owner: o.to_string(),
                repo: r.to_string(),
                number,
            }),
            _ => Err(format!("invalid repository {slug:?} (expected owner/name)")),
        }
    }

    fn path(&self, rest: &str) -> String {
        format!("/repos/{}/{}{rest}", self.owner, self.repo)
    }
}

/// What to post and how to link to it.
#[derive(Debug, Clone)]
pub struct PostOptions {
    pub summary: bool,
    pub inline: bool,
    pub min_severity: Severity,
    /// Web root for blob links: `https://github.com` or a GitHub Enterprise host.
    pub web_url: String,
    /// The project's path inside the repository (`""` or `dir/`), prepended to finding paths.
    pub repo_prefix: String,
    /// One line saying what the findings cover, e.g. "the lines this pull request changes".
    pub scope: String,
    pub tool_version: String,
}

/// What a run did, for the log.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PostOutcome {
    pub summary: Option<SummaryAction>,
    pub created: usize,
    pub updated: usize,
    pub removed: usize,
    pub marked_resolved: usize,
    pub outside_diff: usize,
    /// The inline part ran to the end (its counts are meaningful).
    pub inline_done: bool,
    /// Failures that did not stop the other half of the work (already free of the token).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryAction {
    Created,
    Updated,
}

/// An existing review comment of the pull request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewComment {
    pub id: u64,
    pub body: String,
    pub in_reply_to: Option<u64>,
}

impl ReviewComment {
    fn from_json(v: &Value) -> Option<ReviewComment> {
        Some(ReviewComment {
            id: v.get("id")?.as_u64()?,
            body: v
                .get("body")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            in_reply_to: v.get("in_reply_to_id").and_then(Value::as_u64),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComment {
    pub path: String,
    pub line: u32,
    pub body: String,
}

/// What to do with inline comments this run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct InlinePlan {
    pub create: Vec<NewComment>,
    /// Findings that would be new comments but exceed `MAX_INLINE` (named in the review body).
    pub overflow: Vec<String>,
    pub update: Vec<(u64, String)>,
    /// Our comments whose finding is gone and that nobody answered.
    pub delete: Vec<u64>,
    /// Our comments whose finding is gone but that have replies: edited to say so, kept for the thread.
    pub resolve: Vec<(u64, String)>,
    /// Findings whose lines are not in the pull request's diff (summary only).
    pub outside_diff: usize,
}

/// Decides creates, edits and removals from the findings, the commentable lines per repository path and
/// the pull request's existing review comments.
pub fn plan_inline(
    findings: &[Finding],
    rules: &[RuleInfo],
    commentable: &BTreeMap<String, LineSet>,
    existing: &[ReviewComment],
    opts: &PostOptions,
    head_sha: &str,
) -> InlinePlan {
    let mut plan = InlinePlan::default();
    let replied: HashSet<u64> = existing.iter().filter_map(|c| c.in_reply_to).collect();
    // Our earlier comments by fingerprint; later duplicates (from older tools or races) are stale.
    let mut ours: HashMap<&str, &ReviewComment> = HashMap::new();
    let mut duplicates = Vec::new();
    for c in existing.iter().filter(|c| c.in_reply_to.is_none()) {
        if let Some(fp) = finding_marker(&c.body) {
            if ours.contains_key(fp) {
                duplicates.push(c);
            } else {
                ours.insert(fp, c);
            }
        }
    }
    let mut current: HashSet<&str> = HashSet::new();
    for f in findings.iter().filter(|f| f.severity >= opts.min_severity) {
        current.insert(&f.fingerprint);
        let body = inline_body(f, rules);
        if let Some(c) = ours.get(f.fingerprint.as_str()) {
            if c.body.trim_end() != body.trim_end() {
                plan.update.push((c.id, body));
            }
            continue;
        }
        let repo_path = format!("{}{}", opts.repo_prefix, f.location.file);
        let line = commentable
            .get(&repo_path)
            .and_then(|l| l.first_in(f.location.line, f.location.end_line));
        match line {
            Some(line) if plan.create.len() < MAX_INLINE => plan.create.push(NewComment {
                path: repo_path,
                line,
                body,
            }),
            Some(_) => plan
                .overflow
                .push(format!("{repo_path}:{} {}", f.location.line, f.rule_id)),
            None => plan.outside_diff += 1,
        }
    }
    let mut stale: Vec<(&str, &ReviewComment)> = ours
        .iter()
        .filter(|(fp, _)| !current.contains(**fp))
        .map(|(fp, c)| (*fp, *c))
        .collect();
    stale.extend(
        duplicates
            .into_iter()
            .filter_map(|c| Some((finding_marker(&c.body)?, c))),
    );
    stale.sort_by_key(|(_, c)| c.id);
    for (fp, c) in stale {
        if replied.contains(&c.id) {
            plan.resolve.push((c.id, resolved_body(fp, head_sha)));
        } else {
            plan.delete.push(c.id);
        }
    }
    plan
}

/// Posts the summary and/or the inline review. Failures become warnings in the outcome; the caller decides
/// nothing else from them.
pub fn post(
    client: &Client,
    pr: &PullRequest,
    opts: &PostOptions,
    findings: &[Finding],
    rules: &[RuleInfo],
) -> PostOutcome {
    let mut out = PostOutcome::default();
    let head_sha = match client.request(
        Method::Get,
        &pr.path(&format!("/pulls/{}", pr.number)),
        None,
    ) {
        Ok(r) => match r.body.pointer("/head/sha").and_then(Value::as_str) {
            Some(sha) => sha.to_string(),
            None => {
                out.warnings.push(format!(
                    "pull request #{} has no head commit in the API response",
                    pr.number
                ));
                return out;
            }
        },
        Err(e) => {
            out.warnings
                .push(format!("cannot read pull request #{}: {e}", pr.number));
            return out;
        }
    };
    if opts.inline {
        if let Err(e) = post_inline(client, pr, opts, findings, rules, &head_sha, &mut out) {
            out.warnings
                .push(format!("inline review comments not posted: {e}"));
        }
    }
    if opts.summary {
        match post_summary(client, pr, opts, findings, rules, &head_sha) {
            Ok(action) => out.summary = Some(action),
            Err(e) => out
                .warnings
                .push(format!("summary comment not posted: {e}")),
        }
    }
    out
}

fn post_summary(
    client: &Client,
    pr: &PullRequest,
    opts: &PostOptions,
    findings: &[Finding],
    rules: &[RuleInfo],
    head_sha: &str,
) -> Result<SummaryAction, ApiError> {
    let body = summary_body(findings, rules, pr, head_sha, opts);
    let comments = client.get_all(&pr.path(&format!("/issues/{}/comments", pr.number)))?;
    let ours: Vec<u64> = comments
        .iter()
        .filter(|c| {
            c.get("body")
                .and_then(Value::as_str)
                .is_some_and(|t| t.contains(SUMMARY_MARKER))
        })
        .filter_map(|c| c.get("id")?.as_u64())
        .collect();
    match ours.split_first() {
        Some((&id, extra)) => {
            client.request(
                Method::Patch,
                &pr.path(&format!("/issues/comments/{id}")),
                Some(&json!({ "body": body })),
            )?;
            // A retried POST that had in fact succeeded leaves a second summary; keep only one.
            for id in extra {
                let _ = client.request(
                    Method::Delete,
                    &pr.path(&format!("/issues/comments/{id}")),
                    None,
                );
            }
            Ok(SummaryAction::Updated)
        }
        None => {
            client.request(
                Method::Post,
                &pr.path(&format!("/issues/{}/comments", pr.number)),
                Some(&json!({ "body": body })),
            )?;
            Ok(SummaryAction::Created)
        }
    }
}

fn post_inline(
    client: &Client,
    pr: &PullRequest,
    opts: &PostOptions,
    findings: &[Finding],
    rules: &[RuleInfo],
    head_sha: &str,
    out: &mut PostOutcome,
) -> Result<(), ApiError> {
    let files = client.get_all(&pr.path(&format!("/pulls/{}/files", pr.number)))?;
    let mut commentable = BTreeMap::new();
    for f in &files {
        let (Some(name), Some(patch)) = (
            f.get("filename").and_then(Value::as_str),
            f.get("patch").and_then(Value::as_str),
        ) else {
            // Binary, removed or too large for GitHub to show: nothing to comment on.
            continue;
        };
        commentable.insert(name.to_string(), crate::patch::right_side_lines(patch));
    }
    let existing: Vec<ReviewComment> = client
        .get_all(&pr.path(&format!("/pulls/{}/comments", pr.number)))?
        .iter()
        .filter_map(ReviewComment::from_json)
        .collect();
    let plan = plan_inline(findings, rules, &commentable, &existing, opts, head_sha);
    out.outside_diff = plan.outside_diff;

    if !plan.create.is_empty() {
        let mut review_body = format!(
            "pathfinder found {} new issue(s) in this change.",
            plan.create.len() + plan.overflow.len()
        );
        if !plan.overflow.is_empty() {
            review_body.push_str(&format!(
                " {} more are listed in the summary comment, not inline:\n",
                plan.overflow.len()
            ));
            for o in plan.overflow.iter().take(100) {
                review_body.push_str(&format!("\n- {}", code(o)));
            }
        }
        let comments: Vec<Value> = plan
            .create
            .iter()
            .map(|c| json!({ "path": c.path, "line": c.line, "side": "RIGHT", "body": c.body }))
            .collect();
        match client.request(
            Method::Post,
            &pr.path(&format!("/pulls/{}/reviews", pr.number)),
            Some(&json!({
                "commit_id": head_sha,
                "event": "COMMENT",
                "body": review_body,
                "comments": comments,
            })),
        ) {
            Ok(_) => out.created = plan.create.len(),
            Err(e) => out
                .warnings
                .push(format!("inline review comments not posted: {e}")),
        }
    }
    out.inline_done = true;
    // Edits and removals do not depend on the review or on each other: one failing does not stop the rest.
    let mut edit = |id: &u64, body: &String| match client.request(
        Method::Patch,
        &pr.path(&format!("/pulls/comments/{id}")),
        Some(&json!({ "body": body })),
    ) {
        Ok(_) => true,
        Err(e) => {
            out.warnings
                .push(format!("cannot update review comment {id}: {e}"));
            false
        }
    };
    let updated = plan
        .update
        .iter()
        .filter(|(id, body)| edit(id, body))
        .count();
    let resolved = plan
        .resolve
        .iter()
        .filter(|(id, body)| edit(id, body))
        .count();
    out.updated += updated;
    out.marked_resolved += resolved;
    for id in &plan.delete {
        match client.request(
            Method::Delete,
            &pr.path(&format!("/pulls/comments/{id}")),
            None,
        ) {
            Ok(_) => out.removed += 1,
            // Already gone is what we wanted.
            Err(e) if e.status == Some(404) => out.removed += 1,
            Err(e) => out
                .warnings
                .push(format!("cannot delete review comment {id}: {e}")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::FINDING_MARKER;
    use pathfinder_findings::{Confidence, Detection, Location};

    fn finding(file: &str, line: u32, severity: Severity, fp: &str) -> Finding {
        Finding {
            rule_id: "PY-001".into(),
            rule_name: "Bind | all".into(),
            severity,
            confidence: Confidence::High,
            cwe: vec!["CWE-200".into()],
            owasp: vec![],
            message: "Binds <all> interfaces".into(),
            location: Location {
                file: file.into(),
                line,
                column: 1,
                end_line: line,
                end_column: 10,
            },
            function: None,
            snippet: String::new(),
            detection: Detection::Pattern,
            flow: vec![],
            fingerprint: fp.into(),
            suppressed: false,
            related_rules: Vec::new(),
        }
    }

    fn rules() -> Vec<RuleInfo> {
        vec![RuleInfo {
            id: "PY-001".into(),
            help_uri: Some("https://pathfinder-sast.github.io/registry/python/lang/PY-001".into()),
            ..RuleInfo::default()
        }]
    }

    fn opts() -> PostOptions {
        PostOptions {
            summary: true,
            inline: true,
            min_severity: Severity::Low,
            web_url: "https://github.com".into(),
            repo_prefix: "svc/".into(),
            scope: "the lines this pull request changes".into(),
            tool_version: "0.1.0".into(),
        }
    }

    fn pr() -> PullRequest {
        PullRequest::parse("acme/web", 7).unwrap()
    }

    #[test]
    fn repository_slugs() {
        assert!(PullRequest::parse("acme/web.site", 1).is_ok());
        for bad in ["acme", "acme/", "/web", "a/b/c", "acme/..", "ac me/web"] {
            assert!(PullRequest::parse(bad, 1).is_err(), "{bad}");
        }
    }

    #[test]
    fn summary_counts_links_and_escapes() {
        let fs = vec![
            finding("app/x.py", 6, Severity::Medium, "aa"),
            finding("app/x.py", 2, Severity::High, "bb"),
            finding("app/y.py", 1, Severity::Info, "cc"),
        ];
        let body = summary_body(&fs, &rules(), &pr(), "0123456789abcdef", &opts());
        assert!(body.starts_with(SUMMARY_MARKER));
        assert!(body.contains("**3 findings** in the lines this pull request changes."));
        assert!(body.contains("| 0 | 1 | 1 | 0 | 1 |"), "{body}");
        assert!(body.contains(
            "| 🔴 High | [Bind \\| all](https://pathfinder-sast.github.io/registry/python/lang/PY-001) | [`svc/app/x.py:2`](https://github.com/acme/web/blob/0123456789abcdef/svc/app/x.py#L2) |"
        ), "{body}");
        // High before Medium; Info below the threshold is counted only.
        assert!(body.find("x.py:2").unwrap() < body.find("x.py:6").unwrap());
        assert!(!body.contains("y.py:1"));
        assert!(body.contains("1 finding(s) below low are counted but not listed."));
        assert!(body.contains("commit `0123456`"));
    }

    #[test]
    fn summary_without_findings() {
        let body = summary_body(&[], &rules(), &pr(), "abc", &opts());
        assert!(body.contains("✅ No findings in the lines this pull request changes."));
        assert!(!body.contains("| Severity |"));
    }

    #[test]
    fn summary_is_truncated_under_the_limit() {
        let fs: Vec<Finding> = (0..3000)
            .map(|i| {
                finding(
                    &format!("pkg/module_{i}.py"),
                    i + 1,
                    Severity::High,
                    &format!("f{i}"),
                )
            })
            .collect();
        let body = summary_body(&fs, &rules(), &pr(), "0123456789abcdef", &opts());
        assert!(body.chars().count() <= BODY_LIMIT, "{}", body.len());
        let shown = body.matches("| 🔴 High |").count();
        assert!(shown > 100 && shown < 3000);
        assert!(body.contains(&format!("_and {} more_", 3000 - shown)));
        assert!(body.ends_with("</sub>\n"));
    }

    #[test]
    fn inline_bodies_carry_the_fingerprint_and_no_html() {
        let f = finding("app/x.py", 6, Severity::High, "abc123");
        let body = inline_body(&f, &rules());
        assert_eq!(finding_marker(&body), Some("abc123"));
        assert!(body.contains("Binds &lt;all&gt; interfaces"));
        assert!(
            !body.contains("x.py:6"),
            "line numbers would change the body when code moves"
        );
        assert_eq!(finding_marker("<!-- pathfinder-finding:x y -->"), None);
    }

    #[test]
    fn plan_creates_only_inside_the_diff_and_reuses_existing_comments() {
        let fs = vec![
            finding("app/x.py", 6, Severity::High, "new1"),
            finding("app/x.py", 40, Severity::High, "outside"),
            finding("app/x.py", 8, Severity::High, "kept"),
            finding("app/x.py", 9, Severity::High, "edited"),
            finding("app/x.py", 7, Severity::Info, "tooLow"),
        ];
        let mut commentable = BTreeMap::new();
        commentable.insert(
            "svc/app/x.py".to_string(),
            LineSet::from_ranges(vec![(1, 10)]),
        );
        let kept_body = inline_body(&fs[2], &rules());
        let existing = vec![
            ReviewComment {
                id: 1,
                body: kept_body.clone(),
                in_reply_to: None,
            },
            ReviewComment {
                id: 2,
                body: format!("old text\n{FINDING_MARKER}edited -->"),
                in_reply_to: None,
            },
            ReviewComment {
                id: 3,
                body: format!("x {FINDING_MARKER}gone -->"),
                in_reply_to: None,
            },
            ReviewComment {
                id: 4,
                body: format!("x {FINDING_MARKER}discussed -->"),
                in_reply_to: None,
            },
            ReviewComment {
                id: 5,
                body: "a human reply".into(),
                in_reply_to: Some(4),
            },
            ReviewComment {
                id: 6,
                body: kept_body,
                in_reply_to: None,
            },
            ReviewComment {
                id: 7,
                body: "unrelated human comment".into(),
                in_reply_to: None,
            },
        ];
        let plan = plan_inline(&fs, &rules(), &commentable, &existing, &opts(), "deadbeef");
        assert_eq!(plan.create.len(), 1);
        assert_eq!(
            (plan.create[0].path.as_str(), plan.create[0].line),
            ("svc/app/x.py", 6)
        );
        assert_eq!(plan.outside_diff, 1);
        assert_eq!(plan.update.len(), 1);
        assert_eq!(plan.update[0].0, 2);
        assert_eq!(plan.delete, vec![3, 6]);
        assert_eq!(plan.resolve.len(), 1);
        assert_eq!(plan.resolve[0].0, 4);
        assert!(plan.resolve[0].1.contains("deadbee"));
        assert_eq!(finding_marker(&plan.resolve[0].1), None);
    }

    #[test]
    fn plan_caps_one_review() {
        let fs: Vec<Finding> = (0..60)
            .map(|i| finding("a.py", i + 1, Severity::High, &format!("f{i}")))
            .collect();
        let mut commentable = BTreeMap::new();
        commentable.insert("svc/a.py".to_string(), LineSet::from_ranges(vec![(1, 100)]));
        let plan = plan_inline(&fs, &rules(), &commentable, &[], &opts(), "x");
        assert_eq!(plan.create.len(), MAX_INLINE);
        assert_eq!(plan.overflow.len(), 10);
    }

    #[test]
    fn multi_line_findings_use_their_first_line_in_the_diff() {
        let mut f = finding("a.py", 3, Severity::High, "m");
        f.location.end_line = 6;
        let mut commentable = BTreeMap::new();
        commentable.insert("svc/a.py".to_string(), LineSet::from_ranges(vec![(5, 9)]));
        let plan = plan_inline(&[f], &rules(), &commentable, &[], &opts(), "x");
        assert_eq!(plan.create[0].line, 5);
    }
}
