//! Snapshots of the pull-request comments users read: the summary and an inline body, on the same fixed
//! report the reporter snapshots use.

#[path = "../../pathfinder-findings/tests/common/mod.rs"]
mod common;

use pathfinder_ci::comments::{inline_body, summary_body};
use pathfinder_ci::{PostOptions, PullRequest};
use pathfinder_findings::Severity;

fn opts(min_severity: Severity) -> PostOptions {
    PostOptions {
        summary: true,
        inline: true,
        min_severity,
        web_url: "https://github.com".into(),
        repo_prefix: "svc/".into(),
        scope: "the lines this pull request changes".into(),
        tool_version: "0.1.0-test".into(),
    }
}

#[test]
fn pull_request_summary() {
    let report = common::report();
    let pr = PullRequest::parse("acme/web", 7).unwrap();
    let sha = "0123456789abcdef0123456789abcdef01234567";
    insta::assert_snapshot!(
        "summary_all",
        summary_body(
            &report.findings,
            &report.rules,
            &pr,
            sha,
            &opts(Severity::Low)
        )
    );
    // Below the threshold: counted in the table, not listed.
    insta::assert_snapshot!(
        "summary_high_and_up",
        summary_body(
            &report.findings,
            &report.rules,
            &pr,
            sha,
            &opts(Severity::High)
        )
    );
    insta::assert_snapshot!(
        "summary_clean",
        summary_body(&[], &report.rules, &pr, sha, &opts(Severity::Low))
    );
}

#[test]
fn inline_comment_bodies() {
    let report = common::report();
    for f in &report.findings {
        // One per shape: a taint flow, a multi-line message, a module-level finding.
        let name = format!("inline_{}", f.rule_id);
        insta::assert_snapshot!(name, inline_body(f, &report.rules));
    }
}
