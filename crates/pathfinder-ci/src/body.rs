//! The bodies of the comments we post: the pull-request summary and the inline review comments, as
//! Markdown with everything from findings escaped. Pure functions; `comments` decides what to post.

use crate::comments::{PostOptions, PullRequest, BODY_LIMIT};
use pathfinder_findings::{Finding, RuleInfo, Severity};
use std::collections::HashMap;

pub const SUMMARY_MARKER: &str = "<!-- pathfinder-summary -->";
pub(crate) const FINDING_MARKER: &str = "<!-- pathfinder-finding:";
pub(crate) const RESOLVED_MARKER: &str = "<!-- pathfinder-resolved:";

pub(crate) fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "🟣 Critical",
        Severity::High => "🔴 High",
        Severity::Medium => "🟠 Medium",
        Severity::Low => "🟡 Low",
        Severity::Info => "🔵 Info",
    }
}

/// Text safe inside Markdown (and a table cell): no HTML, no fake markers, no column breaks.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("\\|"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A path or location inside backticks.
pub(crate) fn code(text: &str) -> String {
    format!("`{}`", text.replace('`', "'").replace(['\n', '\r'], " "))
}

/// [`code`] for a table cell: GitHub splits table cells at every `|`, even inside backticks, unless it
/// is escaped (the table parser drops the backslash).
pub(crate) fn table_code(text: &str) -> String {
    code(text).replace('|', "\\|")
}

pub(crate) fn help_uris(rules: &[RuleInfo]) -> HashMap<&str, &str> {
    rules
        .iter()
        .filter_map(|r| {
            Some((
                r.id.as_str(),
                r.help_uri.as_deref().filter(|u| !u.is_empty())?,
            ))
        })
        .collect()
}

pub(crate) fn rule_link(f: &Finding, uris: &HashMap<&str, &str>) -> String {
    let name = if f.rule_name.is_empty() {
        &f.rule_id
    } else {
        &f.rule_name
    };
    match uris.get(f.rule_id.as_str()) {
        Some(uri) if uri.starts_with("https://") || uri.starts_with("http://") => {
            format!(
                "[{}]({})",
                md(name),
                uri.replace(' ', "%20").replace(')', "%29")
            )
        }
        _ => md(name),
    }
}

pub(crate) fn url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The summary comment: counts by severity, then a table of findings, cut to fit GitHub's limit.
pub fn summary_body(
    findings: &[Finding],
    rules: &[RuleInfo],
    pr: &PullRequest,
    head_sha: &str,
    opts: &PostOptions,
) -> String {
    let uris = help_uris(rules);
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.location.cmp(&b.location))
            .then_with(|| a.rule_id.cmp(&b.rule_id))
    });
    let mut head = format!("{SUMMARY_MARKER}\n## pathfinder security scan\n\n");
    match findings.len() {
        0 => head.push_str(&format!("✅ No findings in {}.\n", opts.scope)),
        1 => head.push_str(&format!("**1 finding** in {}.\n", opts.scope)),
        n => head.push_str(&format!("**{n} findings** in {}.\n", opts.scope)),
    }
    if !findings.is_empty() {
        head.push_str("\n| Critical | High | Medium | Low | Info |\n|---:|---:|---:|---:|---:|\n|");
        for s in Severity::ALL_DESC {
            let n = findings.iter().filter(|f| f.severity == s).count();
            head.push_str(&format!(" {n} |"));
        }
        head.push('\n');
    }
    let listed: Vec<&Finding> = sorted
        .into_iter()
        .filter(|f| f.severity >= opts.min_severity)
        .collect();
    let short_sha: String = head_sha.chars().take(7).collect();
    let footer = {
        let mut f = String::new();
        let hidden = findings.len() - listed.len();
        if hidden > 0 {
            f.push_str(&format!(
                "\n{hidden} finding(s) below {} are counted but not listed.\n",
                opts.min_severity
            ));
        }
        f.push_str(&format!(
            "\n<sub>pathfinder {} · commit {}</sub>\n",
            md(&opts.tool_version),
            code(&short_sha)
        ));
        f
    };
    let mut body = head;
    if !listed.is_empty() {
        body.push_str("\n| Severity | Rule | Location |\n|---|---|---|\n");
        let reserve = footer.len() + 64;
        let mut shown = 0;
        for f in &listed {
            let repo_path = format!("{}{}", opts.repo_prefix, f.location.file);
            // Repository paths, as GitHub shows them in the pull request.
            let loc = format!("{repo_path}:{}", f.location.line);
            let link = format!(
                "{}/{}/{}/blob/{}/{}#L{}",
                opts.web_url.trim_end_matches('/'),
                pr.owner,
                pr.repo,
                head_sha,
                url_path(&repo_path),
                f.location.line
            );
            let row = format!(
                "| {} | {} | [{}]({}) |\n",
                severity_label(f.severity),
                rule_link(f, &uris),
                table_code(&loc),
                link
            );
            if body.len() + row.len() + reserve > BODY_LIMIT {
                break;
            }
            body.push_str(&row);
            shown += 1;
        }
        if shown < listed.len() {
            body.push_str(&format!("\n_and {} more_\n", listed.len() - shown));
        }
    }
    body.push_str(&footer);
    body
}

/// The body of one inline comment. The finding's own line is left out, so moving code does not change
/// the body; only a taint path's steps carry lines (an edit, never a duplicate, when they move).
pub fn inline_body(f: &Finding, rules: &[RuleInfo]) -> String {
    let uris = help_uris(rules);
    let mut body = format!(
        "**{}** · {} · {}\n\n{}\n",
        severity_label(f.severity),
        rule_link(f, &uris),
        code(&f.rule_id),
        md(&f.message)
    );
    let tags: Vec<String> = f.cwe.iter().chain(&f.owasp).map(|t| md(t)).collect();
    if !tags.is_empty() {
        body.push_str(&format!("\n{}\n", tags.join(" · ")));
    }
    if f.flow.len() > 1 {
        body.push_str("\n<details><summary>Data flow</summary>\n\n");
        for step in &f.flow {
            body.push_str(&format!(
                "- {} {}\n",
                code(&format!("{}:{}", step.location.file, step.location.line)),
                md(&step.message)
            ));
        }
        body.push_str("\n</details>\n");
    }
    body.push_str(&format!("\n{FINDING_MARKER}{} -->\n", f.fingerprint));
    body
}

pub(crate) fn resolved_body(fingerprint: &str, head_sha: &str) -> String {
    let short: String = head_sha.chars().take(7).collect();
    format!(
        "✅ No longer reported by pathfinder as of {}.\n\n{RESOLVED_MARKER}{fingerprint} -->\n",
        code(&short)
    )
}

/// The fingerprint in one of our inline comments.
pub fn finding_marker(body: &str) -> Option<&str> {
    let start = body.find(FINDING_MARKER)? + FINDING_MARKER.len();
    let rest = &body[start..];
    let end = rest.find(" -->")?;
    let fp = &rest[..end];
    (!fp.is_empty() && fp.chars().all(|c| c.is_ascii_alphanumeric())).then_some(fp)
}
