//! The static site: `index.html` (search and filters), one page per rule at
//! `<category>/<bundle>/<RULE-ID>.html` (the layout SARIF `helpUri`s point at) with its Markdown twin
//! `<RULE-ID>.md`, `index.md`, `rules.json`, and the bundled assets. All links are relative, so the site works
//! under any base path and from `file://`.

use crate::assets;
use crate::html::{esc, ext_link, markdown, markdown_inline, script_json};
use pathfinder_findings::Severity;
use pathfinder_rules::{Rule, RuleLanguage};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

/// A generated site held in memory: relative path → content. The playground serves it from here; `registry
/// build` writes it to disk.
#[derive(Debug, Default, Clone)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
    pub rule_count: usize,
}

impl Site {
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    /// Writes every file under `dir` (created if needed). Existing unrelated files are left alone.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        for (rel, bytes) in &self.files {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, bytes)?;
        }
        Ok(())
    }
}

/// Display name of a rule language.
pub fn language_name(l: RuleLanguage) -> &'static str {
    match l {
        RuleLanguage::Python => "Python",
        RuleLanguage::Go => "Go",
        RuleLanguage::Dockerfile => "Dockerfile",
        RuleLanguage::Compose => "Docker Compose",
    }
}

/// A path segment made safe for a file name (user rule ids and bundles come from files we do not control).
fn segment(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches('.').to_string();
    if cleaned.is_empty() {
        "_".into()
    } else {
        cleaned
    }
}

/// `python/lang`: the folder of a rule's page (user rules outside the catalog layout go to `custom`).
pub fn page_dir(rule: &Rule) -> String {
    format!(
        "{}/{}",
        rule.language.category(),
        segment(rule.bundle.as_deref().unwrap_or("custom"))
    )
}

/// `python/lang/PYTHON-LANG-SEC-070.html`
pub fn page_path(rule: &Rule) -> String {
    format!("{}/{}.html", page_dir(rule), segment(&rule.id))
}

pub fn markdown_path(rule: &Rule) -> String {
    format!("{}/{}.md", page_dir(rule), segment(&rule.id))
}

/// The command that runs just this rule.
pub fn scan_command(rule: &Rule) -> String {
    if rule.builtin {
        format!(
            "pathfinder scan --ruleset {}/{} --project .",
            rule.language.category(),
            rule.id
        )
    } else {
        "pathfinder scan --rules <rules-dir> --project .".to_string()
    }
}

/// The closing "Get these findings on your pull requests" section of every rule page, written once for the
/// HTML page and its Markdown twin: a sentence, the `pathfinder ci` command and a GitHub Actions workflow
/// that run this rule on the lines a pull request changes.
pub struct PullRequestSetup {
    pub title: &'static str,
    pub intro: String,
    pub command: String,
    pub workflow: String,
}

pub fn pull_request_setup(rule: &Rule) -> PullRequestSetup {
    let (flag, input) = if rule.builtin {
        let spec = format!("{}/{}", rule.language.category(), rule.id);
        (format!("--ruleset {spec}"), format!("ruleset: {spec}"))
    } else {
        (
            "--rules <rules-dir>".to_string(),
            "rules: <rules-dir>".to_string(),
        )
    };
    PullRequestSetup {
        title: "Get these findings on your pull requests",
        intro: format!(
            "`pathfinder ci` reports only the lines a pull request changes, posts one summary comment and \
             review comments on those lines, and writes SARIF for code scanning. Run {} alone, or drop the \
             ruleset to run the whole default profile.",
            rule.id
        ),
        command: format!("pathfinder ci {flag} --fail-on high -f pathfinder.sarif --pr-comment --pr-inline"),
        workflow: format!(
            r#"name: pathfinder
on:
  pull_request:

permissions:
  contents: read
  pull-requests: write
  security-events: write

jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          ref: ${{{{ github.event.pull_request.head.sha }}}}
      - uses: pathfinder-sast/pathfinder@main
        id: pathfinder
        with:
          {input}
          fail-on: high
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: ${{{{ steps.pathfinder.outputs.results-file }}}}
"#
        ),
    }
}

/// Fixture annotations (`# expect: ID`, `# ok: ID`, …) are test bookkeeping, not something a reader of the
/// playground needs: trailing ones are cut, annotation-only lines dropped.
pub fn strip_annotations(text: &str) -> String {
    const TAGS: [&str; 5] = ["expect", "ruleid", "ok", "todoruleid", "todook"];
    let is_tag = |comment: &str| {
        let c = comment.trim_start_matches('#').trim_start();
        TAGS.iter().any(|t| {
            c.strip_prefix(t)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') && is_tag(trimmed) {
            continue;
        }
        let kept = match line.rfind('#') {
            Some(i) if is_tag(&line[i..]) => line[..i].trim_end(),
            _ => line,
        };
        out.push_str(kept);
        out.push('\n');
    }
    out
}

/// What the playground's code editor starts with: the shortest positive fixture (the most focused example),
/// else the `vulnerable_example` of meta.yaml.
pub fn playground_code(rule: &Rule) -> String {
    let best = rule
        .fixtures
        .iter()
        .filter(|f| f.positive)
        .min_by_key(|f| (f.text.lines().count(), f.name.clone()));
    match best {
        Some(f) => strip_annotations(&f.text),
        None => rule
            .meta
            .as_ref()
            .map(|m| m.vulnerable_example.clone())
            .unwrap_or_default(),
    }
}

fn summary(rule: &Rule) -> String {
    rule.meta
        .as_ref()
        .map(|m| m.short_description.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| rule.message.clone())
}

/// Generates the whole site.
pub fn build_site(rules: &[Arc<Rule>]) -> Site {
    let mut rules: Vec<Arc<Rule>> = rules.to_vec();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    let by_id: HashMap<String, Arc<Rule>> = rules
        .iter()
        .map(|r| (r.id.to_ascii_uppercase(), r.clone()))
        .collect();
    let mut site = Site {
        rule_count: rules.len(),
        ..Site::default()
    };
    for (name, bytes) in assets::files() {
        site.files.insert(format!("assets/{name}"), bytes.to_vec());
    }
    site.files
        .insert("index.html".into(), index_page(&rules).into_bytes());
    site.files.insert(
        "index.md".into(),
        crate::markdown::index(&rules).into_bytes(),
    );
    site.files
        .insert("rules.json".into(), rules_json(&rules).into_bytes());
    for rule in &rules {
        site.files
            .insert(page_path(rule), rule_page(rule, &by_id).into_bytes());
        site.files.insert(
            markdown_path(rule),
            crate::markdown::rule(rule, &by_id).into_bytes(),
        );
    }
    site
}

fn rules_json(rules: &[Arc<Rule>]) -> String {
    let list: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "severity": r.severity.as_str(),
                "language": r.language.category(),
                "bundle": r.bundle,
                "cwe": r.cwe,
                "owasp": r.owasp,
                "summary": summary(r),
                "page": page_path(r),
                "markdown": markdown_path(r),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({ "rules": list })).unwrap_or_default();
    s.push('\n');
    s
}

fn severity_badge(s: Severity) -> String {
    format!(r#"<span class="sev sev-{0}">{0}</span>"#, esc(s.as_str()))
}

/// The shared page frame. `root` is the relative path back to the site root (`""` or `"../../"`).
fn frame(
    title: &str,
    description: &str,
    root: &str,
    body_class: &str,
    main: &str,
    script: &str,
) -> String {
    format!(
        r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<title>{title}</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 1l7 7-7 7-7-7z' fill='%234338ca'/%3E%3C/svg%3E">
<link rel="stylesheet" href="{root}assets/site.css">
</head>
<body class="{body_class}" data-root="{root}">
<header class="topbar">
  <div class="topbar-inner">
    <a class="brand" href="{root}index.html"><span class="brand-mark" aria-hidden="true">◆</span> pathfinder <span class="brand-sub">rule registry</span></a>
    <nav class="topnav"><a href="{root}index.html">All rules</a><a href="{root}index.md">Markdown</a></nav>
  </div>
</header>
{main}
<footer class="footer"><div class="footer-inner">Generated by <code>pathfinder registry build</code>. Rules are read statically: no rule code is ever executed.</div></footer>
<script src="{root}assets/{script}"></script>
</body>
</html>
"##,
        desc = esc(description),
        title = esc(title),
    )
}

fn index_page(rules: &[Arc<Rule>]) -> String {
    let mut languages = BTreeSet::new();
    let mut bundles = BTreeSet::new();
    let mut cwes: BTreeMap<String, String> = BTreeMap::new();
    let mut sev_counts: BTreeMap<Severity, usize> = BTreeMap::new();
    for r in rules {
        languages.insert(r.language);
        bundles.insert(format!(
            "{}/{}",
            r.language.category(),
            r.bundle.as_deref().unwrap_or("custom")
        ));
        *sev_counts.entry(r.severity).or_default() += 1;
        for c in &r.cwe {
            let name = r
                .meta
                .as_ref()
                .and_then(|m| m.cwe.iter().find(|x| x.id.eq_ignore_ascii_case(c)))
                .map(|x| x.name.clone())
                .unwrap_or_default();
            let e = cwes.entry(c.to_ascii_uppercase()).or_default();
            if e.is_empty() {
                *e = name;
            }
        }
    }
    let mut cwe_list: Vec<(String, String)> = cwes.into_iter().collect();
    cwe_list.sort_by_key(|(id, _)| {
        id.trim_start_matches("CWE-")
            .parse::<u32>()
            .unwrap_or(u32::MAX)
    });

    let opt = |value: &str, label: &str| {
        format!(r#"<option value="{}">{}</option>"#, esc(value), esc(label))
    };
    let lang_opts: String = languages
        .iter()
        .map(|l| opt(l.category(), language_name(*l)))
        .collect();
    let bundle_opts: String = bundles.iter().map(|b| opt(b, b)).collect();
    let sev_opts: String = Severity::ALL_DESC
        .iter()
        .filter(|s| sev_counts.contains_key(s))
        .map(|s| opt(s.as_str(), s.as_str()))
        .collect();
    let cwe_opts: String = cwe_list
        .iter()
        .map(|(id, name)| {
            let label = if name.is_empty() {
                id.clone()
            } else {
                format!("{id}: {name}")
            };
            opt(id, &label)
        })
        .collect();

    let stats: String = Severity::ALL_DESC
        .iter()
        .filter_map(|s| {
            sev_counts.get(s).map(|n| {
                format!(
                    r#"<span class="stat"><span class="sev sev-{0}">{0}</span> {1}</span>"#,
                    s.as_str(),
                    n
                )
            })
        })
        .collect();

    let mut rows = String::new();
    for r in rules {
        let bundle = format!(
            "{}/{}",
            r.language.category(),
            r.bundle.as_deref().unwrap_or("custom")
        );
        let cwe_attr = r
            .cwe
            .iter()
            .map(|c| c.to_ascii_uppercase())
            .collect::<Vec<_>>()
            .join(" ");
        let tags = r
            .meta
            .as_ref()
            .map(|m| m.tags.join(" "))
            .unwrap_or_default();
        let search = format!(
            "{} {} {} {} {} {} {}",
            r.id,
            r.name,
            summary(r),
            bundle,
            cwe_attr,
            r.owasp.join(" "),
            tags
        )
        .to_lowercase();
        let chips: String = r
            .cwe
            .iter()
            .chain(r.owasp.iter())
            .map(|c| format!(r#"<span class="chip">{}</span>"#, esc(c)))
            .collect();
        rows.push_str(&format!(
            r#"<li class="rule-row" data-language="{lang}" data-bundle="{bundle}" data-severity="{sev}" data-cwe="{cwe}" data-search="{search}">
  <a class="rule-link" href="{href}">
    <div class="rule-row-head">{badge}<span class="rule-id">{id}</span><span class="chip chip-bundle">{bundle}</span>{chips}</div>
    <div class="rule-name">{name}</div>
    <div class="rule-summary">{summary}</div>
  </a>
</li>
"#,
            lang = esc(r.language.category()),
            bundle = esc(&bundle),
            sev = r.severity.as_str(),
            cwe = esc(&cwe_attr),
            search = esc(&search),
            href = esc(&page_path(r)),
            badge = severity_badge(r.severity),
            id = esc(&r.id),
            name = esc(&r.name),
            summary = markdown_inline(&summary(r)),
        ));
    }

    let main = format!(
        r#"<main class="index">
  <section class="hero">
    <h1>Rule registry</h1>
    <p class="lead">{count} security rules for {langs}. Every rule has a page with what it detects, why it matters and how to fix it, and a playground where you can edit the code or the rule and see the findings change.</p>
    <div class="stats">{stats}</div>
  </section>
  <section class="filters" id="filters" hidden>
    <label class="search"><span>Search</span><input id="q" type="search" placeholder="Search by id, name, CWE, tag…" autocomplete="off"></label>
    <label><span>Language</span><select id="f-language"><option value="">All</option>{lang_opts}</select></label>
    <label class="grow"><span>Bundle</span><select id="f-bundle"><option value="">All</option>{bundle_opts}</select></label>
    <label><span>Severity</span><select id="f-severity"><option value="">All</option>{sev_opts}</select></label>
    <label class="grow"><span>CWE</span><select id="f-cwe"><option value="">All</option>{cwe_opts}</select></label>
    <button type="button" id="f-clear" class="btn btn-ghost">Clear</button>
  </section>
  <p class="result-count" id="count" aria-live="polite">{count} rules</p>
  <ul class="rule-list" id="rules">
{rows}  </ul>
  <p class="empty" id="empty" hidden>No rule matches these filters.</p>
</main>"#,
        count = rules.len(),
        langs = {
            let names: Vec<&str> = languages.iter().map(|l| language_name(*l)).collect();
            match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => names.join(""),
            }
        },
    );
    frame(
        "pathfinder rule registry",
        "Security rules of the pathfinder static analyzer",
        "",
        "page-index",
        &main,
        "index.js",
    )
}

fn section(id: &str, title: &str, body: &str) -> String {
    format!(
        r#"<section class="card" id="{id}" aria-labelledby="{id}-h">
  <h2 id="{id}-h">{title}</h2>
{body}
</section>
"#,
        title = esc(title)
    )
}

fn code_block(code: &str, lang: &str) -> String {
    format!(
        r#"<pre class="code"><code class="language-{lang}">{}</code></pre>"#,
        esc(code.trim_end_matches('\n'))
    )
}

/// The fence / `language-*` name of a rule's code blocks.
pub(crate) fn code_lang(l: RuleLanguage) -> &'static str {
    l.code_fence()
}

fn rule_page(rule: &Rule, by_id: &HashMap<String, Arc<Rule>>) -> String {
    let meta = rule.meta.clone().unwrap_or_default();
    let root = "../../";
    let lang = rule.language.category();
    let code = playground_code(rule);
    let command = scan_command(rule);
    let mut sections = Vec::<(&str, &str, String)>::new();

    // Rule Information
    let mut info = String::from(r#"<dl class="facts">"#);
    let mut fact = |k: &str, v: String| {
        info.push_str(&format!("<div><dt>{}</dt><dd>{v}</dd></div>", esc(k)));
    };
    fact("Rule ID", format!("<code>{}</code>", esc(&rule.id)));
    fact("Language", esc(language_name(rule.language)));
    fact(
        "Bundle",
        esc(&format!(
            "{lang}/{}",
            rule.bundle.as_deref().unwrap_or("custom")
        )),
    );
    fact("Severity", severity_badge(rule.severity));
    if !meta.confidence.is_empty() {
        fact("Confidence", esc(&meta.confidence));
    }
    if !meta.subcategory.is_empty() {
        let kind = match meta.subcategory.as_str() {
            "vuln" => "vulnerability",
            "audit" => "audit (needs a human look)",
            other => other,
        };
        fact("Kind", esc(kind));
    }
    let cwe_html: Vec<String> = if meta.cwe.is_empty() {
        rule.cwe.iter().map(|c| esc(c)).collect()
    } else {
        meta.cwe
            .iter()
            .map(|c| {
                let text = if c.name.is_empty() {
                    c.id.clone()
                } else {
                    format!("{}: {}", c.id, c.name)
                };
                ext_link(&c.url, &text)
            })
            .collect()
    };
    if !cwe_html.is_empty() {
        fact("CWE", cwe_html.join("<br>"));
    }
    let owasp_html: Vec<String> = if meta.owasp.is_empty() {
        rule.owasp.iter().map(|c| esc(c)).collect()
    } else {
        meta.owasp
            .iter()
            .map(|o| {
                let text = if o.name.is_empty() {
                    o.id.clone()
                } else {
                    format!("{}: {}", o.id, o.name)
                };
                ext_link(&o.url, &text)
            })
            .collect()
    };
    if !owasp_html.is_empty() {
        fact("OWASP", owasp_html.join("<br>"));
    }
    if !meta.tags.is_empty() {
        fact(
            "Tags",
            meta.tags
                .iter()
                .map(|t| format!(r#"<span class="chip">{}</span>"#, esc(t)))
                .collect::<String>(),
        );
    }
    if let Some(a) = &meta.author {
        if !a.name.is_empty() {
            fact("Author", ext_link(&a.url, &a.name));
        }
    }
    info.push_str("</dl>");
    sections.push(("info", "Rule Information", info));

    // Interactive Playground
    let fixtures: Vec<serde_json::Value> = rule
        .fixtures
        .iter()
        .filter(|f| f.positive)
        .map(|f| json!({"name": f.name, "text": strip_annotations(&f.text)}))
        .collect();
    let data = json!({
        "id": rule.id,
        "language": lang,
        "code": code,
        "rule": rule.source,
        "fixtures": fixtures,
        "codeName": rule.language.example_file(),
    });
    let playground = format!(
        r#"<p class="muted">Edit the vulnerable code or the rule: findings update as you type (<kbd>Ctrl</kbd>+<kbd>Enter</kbd> analyses at once), computed by the real engine.</p>
<div class="notice" id="pg-static">Live analysis needs <code>pathfinder playground</code>: run it and open this page from the address it prints. The code and the rule below can still be read and copied.</div>
<div class="pg-toolbar">
  <span class="pg-status" id="pg-status" role="status" aria-live="polite"></span>
  <span class="spacer"></span>
  <button type="button" class="btn" id="pg-reset" hidden>Reset</button>
  <button type="button" class="btn btn-primary" id="pg-share" hidden>Share</button>
</div>
<div class="pg-grid">
  <div class="pg-pane">
    <div class="pane-head"><span class="pane-title">Vulnerable code</span><span class="pane-file">{code_name}</span></div>
    <div class="editor" id="pg-code">{code_pre}</div>
  </div>
  <div class="pg-pane">
    <div class="pane-head"><span class="pane-title">Rule</span><span class="pane-file">rule.py</span></div>
    <div class="editor" id="pg-rule">{rule_pre}</div>
  </div>
</div>
<div class="pg-results" id="pg-results" hidden>
  <div class="pane-head"><span class="pane-title">Findings</span><span class="pane-file" id="pg-count"></span></div>
  <div class="pg-error" id="pg-error" hidden></div>
  <ol class="findings" id="pg-findings"></ol>
</div>
<div class="command"><span class="command-label">Run it on your project</span><code id="pg-command">{command}</code><button type="button" class="btn btn-small" id="pg-copy" data-copy="{command}">Copy</button></div>
<script type="application/json" id="pg-data">{data}</script>"#,
        code_name = esc(data["codeName"].as_str().unwrap_or("")),
        code_pre = code_block(&code, code_lang(rule.language)),
        rule_pre = code_block(&rule.source, "python"),
        command = esc(&command),
        data = script_json(&data),
    );
    sections.push(("playground", "Interactive Playground", playground));

    // About This Rule
    let about = if meta.description.trim().is_empty() {
        format!("<p>{}</p>", esc(&rule.message))
    } else {
        markdown(&meta.description)
    };
    sections.push((
        "about",
        "About This Rule",
        format!(r#"<div class="prose">{about}</div>"#),
    ));

    if !meta.security_implications.is_empty() {
        let mut s = String::from(r#"<ol class="implications">"#);
        for i in &meta.security_implications {
            s.push_str(&format!(
                r#"<li><h3>{}</h3><div class="prose">{}</div></li>"#,
                esc(&i.title),
                markdown(&i.description)
            ));
        }
        s.push_str("</ol>");
        sections.push(("implications", "Security Implications", s));
    }

    if !meta.recommendations.is_empty() || !meta.secure_example.trim().is_empty() {
        let mut s = String::new();
        if !meta.recommendations.is_empty() {
            s.push_str(r#"<ol class="steps">"#);
            for step in &meta.recommendations {
                s.push_str(&format!("<li>{}</li>", markdown_inline(step)));
            }
            s.push_str("</ol>");
        }
        if !meta.secure_example.trim().is_empty() {
            s.push_str(r#"<h3>Secure example</h3>"#);
            s.push_str(&code_block(&meta.secure_example, code_lang(rule.language)));
        }
        sections.push(("fix", "How to Fix", s));
    }

    if !meta.detection_scope.trim().is_empty() || !meta.known_limitations.is_empty() {
        let mut s = format!(
            r#"<div class="prose">{}</div>"#,
            markdown(&meta.detection_scope)
        );
        if !meta.known_limitations.is_empty() {
            s.push_str(r#"<h3>Known limitations</h3><ul class="prose-list">"#);
            for l in &meta.known_limitations {
                s.push_str(&format!("<li>{}</li>", markdown_inline(l)));
            }
            s.push_str("</ul>");
        }
        sections.push(("scope", "Detection Scope", s));
    }

    if !meta.compliance.is_empty() {
        let mut s = String::from(
            r#"<table class="table"><thead><tr><th>Standard</th><th>Requirement</th></tr></thead><tbody>"#,
        );
        for c in &meta.compliance {
            s.push_str(&format!(
                "<tr><td>{}</td><td>{}</td></tr>",
                esc(&c.standard),
                markdown_inline(&c.requirement)
            ));
        }
        s.push_str("</tbody></table>");
        sections.push(("compliance", "Compliance & Standards", s));
    }

    if !meta.references.is_empty() {
        let mut s = String::from(r#"<ul class="refs">"#);
        for r in &meta.references {
            let title = if r.title.is_empty() { &r.url } else { &r.title };
            s.push_str(&format!(
                r#"<li>{}<span class="ref-url">{}</span></li>"#,
                ext_link(&r.url, title),
                esc(&r.url)
            ));
        }
        s.push_str("</ul>");
        sections.push(("references", "References", s));
    }

    if !meta.similar_rules.is_empty() {
        let mut s = String::from(r#"<ul class="similar">"#);
        for sim in &meta.similar_rules {
            let id = sim.id();
            let target = by_id.get(&id.to_ascii_uppercase());
            let described = match sim {
                pathfinder_rules::meta::SimilarRule::Described { description, .. } => {
                    description.trim().to_string()
                }
                _ => String::new(),
            };
            let description = if described.is_empty() {
                target.map(|t| summary(t)).unwrap_or_default()
            } else {
                described
            };
            let head = match target {
                Some(t) => format!(
                    r#"<a href="{root}{}">{}<span class="similar-name">{}</span></a>{}"#,
                    esc(&page_path(t)),
                    format_args!(r#"<span class="rule-id">{}</span>"#, esc(&t.id)),
                    esc(&t.name),
                    severity_badge(t.severity)
                ),
                None => format!(r#"<span class="rule-id">{}</span>"#, esc(id)),
            };
            s.push_str(&format!(
                r#"<li><div class="similar-head">{head}</div><div class="similar-desc">{}</div></li>"#,
                markdown_inline(&description)
            ));
        }
        s.push_str("</ul>");
        sections.push(("similar", "Similar Rules", s));
    }

    if !meta.faq.is_empty() {
        let mut s = String::from(r#"<div class="faq">"#);
        for f in &meta.faq {
            s.push_str(&format!(
                r#"<details><summary>{}</summary><div class="prose">{}</div></details>"#,
                esc(&f.question),
                markdown(&f.answer)
            ));
        }
        s.push_str("</div>");
        sections.push(("faq", "FAQ", s));
    }

    let setup = pull_request_setup(rule);
    sections.push((
        "pull-requests",
        setup.title,
        format!(
            r#"<div class="prose">{}</div>{}{}"#,
            markdown(&setup.intro),
            code_block(&setup.command, "sh"),
            code_block(&setup.workflow, "yaml")
        ),
    ));

    let toc: String = sections
        .iter()
        .map(|(id, title, _)| format!(r##"<li><a href="#{id}">{}</a></li>"##, esc(title)))
        .collect();
    let body: String = sections
        .iter()
        .map(|(id, title, html)| section(id, title, html))
        .collect();
    let main = format!(
        r#"<main class="rule-page">
  <nav class="crumbs"><a href="{root}index.html">Rules</a><span>/</span><a href="{root}index.html?language={lang}">{lang_name}</a><span>/</span><a href="{root}index.html?bundle={lang}/{bundle}">{bundle}</a><span>/</span><span>{id}</span></nav>
  <div class="layout">
    <article class="content">
      <header class="rule-head">
        <div class="rule-head-top">{badge}<span class="rule-id">{id}</span><a class="md-link" href="{md}">Markdown</a></div>
        <h1>{name}</h1>
        <p class="lead">{summary}</p>
      </header>
{body}    </article>
    <aside class="toc" aria-label="On this page"><div class="toc-inner"><div class="toc-title">On this page</div><ol>{toc}</ol></div></aside>
  </div>
</main>"#,
        lang_name = esc(language_name(rule.language)),
        bundle = esc(&segment(rule.bundle.as_deref().unwrap_or("custom"))),
        badge = severity_badge(rule.severity),
        id = esc(&rule.id),
        md = esc(&format!("{}.md", segment(&rule.id))),
        name = esc(&rule.name),
        summary = markdown_inline(&summary(rule)),
    );
    frame(
        &format!("{}: {} · pathfinder", rule.id, rule.name),
        &summary(rule),
        root,
        "page-rule",
        &main,
        "rule.js",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_are_stripped() {
        let src =
            "a = 1\n# ruleid: X-1\nb(a)  # expect: X-1\nc()  # ok: X-1\nd()  # a real comment\n";
        assert_eq!(
            strip_annotations(src),
            "a = 1\nb(a)\nc()\nd()  # a real comment\n"
        );
    }

    #[test]
    fn every_page_ends_with_the_pull_request_setup() {
        let rules = pathfinder_rules::catalog::builtin_rules().unwrap();
        let site = build_site(&rules);
        for rule in &rules {
            let setup = pull_request_setup(rule);
            assert!(setup.command.starts_with(&format!(
                "pathfinder ci --ruleset {}/{} ",
                rule.language.category(),
                rule.id
            )));
            assert!(setup.workflow.contains(&format!(
                "ruleset: {}/{}",
                rule.language.category(),
                rule.id
            )));
            assert!(setup
                .workflow
                .contains("ref: ${{ github.event.pull_request.head.sha }}"));
            let html = String::from_utf8(site.get(&page_path(rule)).unwrap().to_vec()).unwrap();
            let section = html
                .find(r#"<section class="card" id="pull-requests""#)
                .unwrap();
            assert!(
                !html[section + 1..].contains("<section "),
                "{}: not the last section",
                rule.id
            );
            assert!(
                html[section..].contains(&esc(&setup.command)),
                "{}",
                rule.id
            );
            let md = String::from_utf8(site.get(&markdown_path(rule)).unwrap().to_vec()).unwrap();
            let heading = md.rfind("\n## ").unwrap();
            assert!(
                md[heading..].starts_with("\n## Get these findings on your pull requests"),
                "{}",
                rule.id
            );
            assert!(md.trim_end().ends_with("```"), "{}", rule.id);
            assert!(md[heading..].contains(&setup.workflow), "{}", rule.id);
        }
    }

    #[test]
    fn segments_are_safe() {
        assert_eq!(segment("../../etc"), "_.._etc");
        assert_eq!(segment("PYTHON-LANG-SEC-070"), "PYTHON-LANG-SEC-070");
        assert_eq!(segment(""), "_");
    }
}
