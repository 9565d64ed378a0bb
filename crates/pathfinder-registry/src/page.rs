//! The views of a rule page. [`RuleDoc`] (from the rules crate) is the page as data; [`RulePage`] adds what
//! only the site knows (paths, links to similar rules, the playground, the pull-request setup). The HTML page,
//! its Markdown twin and the index are templates over them (`templates/`), with HTML escaping on by default:
//! a value reaches a page unescaped only through a filter that made it safe (`markdown`, `markdown_inline`).

use crate::html::{esc, markdown, markdown_inline, safe_url, script_json};
use crate::site::{markdown_path, page_path, playground_code, scan_command, segment};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment};
use pathfinder_rules::doc::{language_name, RuleDoc};
use pathfinder_rules::Rule;
use serde::Serialize;
use serde_json::json;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// A section of a rule page: the same list, in the same order, drives the HTML page, its table of contents
/// and the Markdown twin.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub id: String,
    pub name: String,
    pub severity: &'static str,
    pub page: String,
    pub markdown: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SimilarLink {
    pub id: String,
    /// From meta.yaml, else the target's summary.
    pub description: String,
    /// The rule's page when it is in this site.
    pub target: Option<Target>,
}

/// The closing "Get these findings on your pull requests" section of every rule page: a sentence, the
/// `pathfinder ci` command and a GitHub Actions workflow that run this rule on the lines a pull request
/// changes. Written once; both views print it.
#[derive(Debug, Clone, Serialize)]
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
        workflow: render("pr-workflow.yml", minijinja::context! { input }),
    }
}

/// Site-side facts of a rule page.
#[derive(Debug, Clone, Serialize)]
pub struct RulePage {
    pub path: String,
    /// `<ID>.md`, relative to the page.
    pub md_file: String,
    /// `python/lang` (`custom` for rules outside the catalog layout), as shown.
    pub bundle_dir: String,
    /// The bundle as a path segment, for links.
    pub bundle_segment: String,
    pub sections: Vec<Section>,
    pub code: String,
    pub code_name: &'static str,
    pub rule_source: String,
    pub command: String,
    /// The playground's start state, already safe inside `<script type="application/json">`.
    pub data_json: String,
    pub similar: Vec<SimilarLink>,
    pub setup: PullRequestSetup,
}

/// The sections a rule page has, in page order: the fixed ones always, the others when meta.yaml fills them.
fn sections(doc: &RuleDoc) -> Vec<Section> {
    let all = [
        ("info", "Rule Information", true),
        ("playground", "Interactive Playground", true),
        ("about", "About This Rule", true),
        (
            "implications",
            "Security Implications",
            !doc.implications.is_empty(),
        ),
        (
            "fix",
            "How to Fix",
            !doc.recommendations.is_empty() || !doc.secure_example.trim().is_empty(),
        ),
        (
            "scope",
            "Detection Scope",
            !doc.detection_scope.is_empty() || !doc.known_limitations.is_empty(),
        ),
        (
            "compliance",
            "Compliance & Standards",
            !doc.compliance.is_empty(),
        ),
        ("references", "References", !doc.references.is_empty()),
        ("similar", "Similar Rules", !doc.similar.is_empty()),
        ("faq", "FAQ", !doc.faq.is_empty()),
        (
            "pull-requests",
            "Get these findings on your pull requests",
            true,
        ),
    ];
    all.into_iter()
        .filter(|(_, _, shown)| *shown)
        .map(|(id, title, _)| Section { id, title })
        .collect()
}

impl RulePage {
    pub fn new(rule: &Rule, doc: &RuleDoc, by_id: &HashMap<String, Arc<Rule>>) -> RulePage {
        let code = playground_code(rule);
        let fixtures: Vec<serde_json::Value> = (rule.fixtures.iter())
            .filter(|f| f.positive)
            .map(|f| json!({"name": f.name, "text": crate::site::strip_annotations(&f.text)}))
            .collect();
        let code_name = rule.language.example_file();
        let data = json!({
            "id": rule.id,
            "language": doc.language,
            "code": code,
            "rule": rule.source,
            "fixtures": fixtures,
            "codeName": code_name,
        });
        let bundle = rule.bundle.as_deref().unwrap_or("custom");
        let similar = doc.similar.iter().map(|s| {
            let target = by_id.get(&s.id.to_ascii_uppercase());
            let description = match (&s.description, target) {
                (d, Some(t)) if d.is_empty() => RuleDoc::new(t).summary,
                (d, _) => d.clone(),
            };
            SimilarLink {
                id: s.id.clone(),
                description,
                target: target.map(|t| Target {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    severity: t.severity.as_str(),
                    page: page_path(t),
                    markdown: markdown_path(t),
                }),
            }
        });
        RulePage {
            path: page_path(rule),
            md_file: format!("{}.md", segment(&rule.id)),
            bundle_dir: format!("{}/{bundle}", doc.language),
            bundle_segment: segment(bundle),
            sections: sections(doc),
            code,
            code_name,
            rule_source: rule.source.clone(),
            command: scan_command(rule),
            data_json: script_json(&data),
            similar: similar.collect(),
            setup: pull_request_setup(rule),
        }
    }
}

/// A rule's HTML page.
pub fn rule_html(doc: &RuleDoc, page: &RulePage) -> String {
    render(
        "rule.html",
        minijinja::context! {
            doc, page,
            root => "../../",
            title => format!("{}: {} · pathfinder", doc.id, doc.name),
            description => doc.summary,
            body_class => "page-rule",
            script => "rule.js",
        },
    )
}

/// A rule's Markdown twin: the same sections as plain Markdown, for tools, diffs and language models.
pub fn rule_markdown(doc: &RuleDoc, page: &RulePage) -> String {
    let out = render("rule.md", minijinja::context! { doc, page });
    format!("{}\n", out.trim_end())
}

/// One rule in the index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexRow {
    pub id: String,
    pub name: String,
    pub severity: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    /// `python/lang`
    pub bundle: String,
    /// `lang`, as the Markdown index shows it.
    pub bundle_name: String,
    /// Upper-cased, for the CWE filter.
    pub cwe: Vec<String>,
    /// As the rule declares them.
    pub cwe_ids: Vec<String>,
    pub chips: Vec<String>,
    pub summary: String,
    pub search: String,
    pub page: String,
    pub markdown: String,
}

impl IndexRow {
    pub fn new(rule: &Rule, doc: &RuleDoc) -> IndexRow {
        let bundle_name = rule.bundle.as_deref().unwrap_or("custom").to_string();
        let bundle = format!("{}/{bundle_name}", doc.language);
        let cwe: Vec<String> = rule.cwe.iter().map(|c| c.to_ascii_uppercase()).collect();
        let search = format!(
            "{} {} {} {} {} {} {}",
            rule.id,
            rule.name,
            doc.summary,
            bundle,
            cwe.join(" "),
            rule.owasp.join(" "),
            doc.tags.join(" ")
        )
        .to_lowercase();
        IndexRow {
            id: rule.id.clone(),
            name: rule.name.clone(),
            severity: rule.severity.as_str(),
            language: rule.language.category(),
            language_name: language_name(rule.language),
            bundle,
            bundle_name,
            cwe,
            cwe_ids: rule.cwe.clone(),
            chips: rule.cwe.iter().chain(&rule.owasp).cloned().collect(),
            summary: doc.summary.clone(),
            search,
            page: page_path(rule),
            markdown: markdown_path(rule),
        }
    }
}

/// A `<select>` option.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Everything the index pages show besides the rows.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexFacets {
    /// "Python, Dockerfile and Go".
    pub languages: String,
    /// `(severity, count)` for the severities present, most severe first.
    pub stats: Vec<(&'static str, usize)>,
    pub language_options: Vec<Choice>,
    pub bundle_options: Vec<Choice>,
    pub severity_options: Vec<Choice>,
    pub cwe_options: Vec<Choice>,
}

pub fn index_html(rows: &[IndexRow], facets: &IndexFacets) -> String {
    let stats: Vec<Value> = (facets.stats.iter())
        .map(|(severity, count)| minijinja::context! { severity, count })
        .collect();
    render(
        "index.html",
        minijinja::context! {
            rows, stats,
            languages => facets.languages,
            language_options => facets.language_options,
            bundle_options => facets.bundle_options,
            severity_options => facets.severity_options,
            cwe_options => facets.cwe_options,
            root => "",
            title => "pathfinder rule registry",
            description => "Security rules of the pathfinder static analyzer",
            body_class => "page-index",
            script => "index.js",
        },
    )
}

pub fn index_markdown(rows: &[IndexRow]) -> String {
    render("index.md", minijinja::context! { rows })
}

/// A Markdown table cell: no line breaks, no column separators.
fn cell(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// A Markdown code fence longer than any backtick run inside the code.
fn fence(code: &str, lang: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest.max(2) + 1);
    format!("{ticks}{lang}\n{}\n{ticks}\n", code.trim_end_matches('\n'))
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        // Our escaping (the five HTML specials) rather than minijinja's, which also escapes `/`.
        env.set_formatter(|out, state, value| {
            if state.auto_escape() == AutoEscape::Html && !value.is_safe() {
                out.write_str(&esc(&value.to_string()))
                    .map_err(|_| minijinja::Error::from(minijinja::ErrorKind::WriteFailure))
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        env.add_filter("markdown", |s: &str| Value::from_safe_string(markdown(s)));
        env.add_filter("markdown_inline", |s: &str| {
            Value::from_safe_string(markdown_inline(s))
        });
        env.add_filter("cell", |s: &str| cell(s));
        env.add_filter("fence", |s: &str, lang: &str| fence(s, lang));
        env.add_filter("trim_newlines", |s: &str| {
            s.trim_end_matches('\n').to_string()
        });
        env.add_test("safe_url", |s: &str| safe_url(s) && !s.trim().is_empty());
        for (name, source) in [
            ("frame.html", include_str!("../templates/frame.html")),
            ("macros.html", include_str!("../templates/macros.html")),
            ("rule.html", include_str!("../templates/rule.html")),
            ("index.html", include_str!("../templates/index.html")),
            ("rule.md", include_str!("../templates/rule.md")),
            ("index.md", include_str!("../templates/index.md")),
            (
                "pr-workflow.yml",
                include_str!("../templates/pr-workflow.yml"),
            ),
        ] {
            env.add_template(name, source).expect("built-in template");
        }
        env
    })
}

/// Renders a built-in template. Templates are part of the binary and their inputs are plain data, so a
/// failure is a bug the tests catch, never bad input.
fn render<S: Serialize>(name: &str, ctx: S) -> String {
    let template = environment().get_template(name).expect("built-in template");
    template
        .render(ctx)
        .unwrap_or_else(|e| panic!("template {name}: {e:#}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outgrow_backticks() {
        assert_eq!(fence("a", "py"), "```py\na\n```\n");
        assert!(fence("x = '```'", "").starts_with("````\n"));
        assert_eq!(cell("a |\n b"), "a \\| b");
    }

    #[test]
    fn html_templates_escape_by_default() {
        let t = environment()
            .template_from_named_str("probe.html", "{{ x }}|{{ y|markdown_inline }}")
            .unwrap();
        let out = t
            .render(minijinja::context! { x => "<b>a/b</b> & 'q\"", y => "`<i>`" })
            .unwrap();
        assert_eq!(
            out,
            "&lt;b&gt;a/b&lt;/b&gt; &amp; &#39;q&quot;|<code>&lt;i&gt;</code>"
        );
        let md = environment()
            .template_from_named_str("probe.md", "{{ x }}")
            .unwrap();
        assert_eq!(
            md.render(minijinja::context! { x => "<b>" }).unwrap(),
            "<b>"
        );
    }
}
