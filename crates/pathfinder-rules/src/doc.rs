//! `RuleDoc`: a rule's documentation page as data, built once from `rule.py` and `meta.yaml` with every
//! fallback applied here (summary = short description else message, CWE/OWASP names from meta else the
//! ids the rule declares). Its views are templates over it: the SARIF help text and Markdown below, and
//! the registry's HTML page and Markdown twin (`pathfinder-registry/templates`).

use crate::catalog::{Rule, RuleLanguage};
use crate::meta::SimilarRule;
use minijinja::Environment;
use serde::Serialize;
use std::sync::OnceLock;

/// An id with its display name and link (`CWE-78`, `OS Command Injection`, URL); name and URL may be empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Titled {
    pub title: String,
    pub text: String,
}

/// A related rule as `meta.yaml` names it; the description is empty when meta gives none.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Similar {
    pub id: String,
    pub description: String,
}

/// Everything a rule page shows. Text fields are trimmed; empty means "not given".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RuleDoc {
    pub id: String,
    pub name: String,
    pub severity: String,
    /// The ruleset category: `python`, `docker`, `docker-compose`, `go`.
    pub language: String,
    pub language_name: String,
    /// Fence / `language-*` name of the rule's code blocks.
    pub code_lang: String,
    pub bundle: Option<String>,
    /// One sentence: `short_description`, else the finding message.
    pub summary: String,
    /// The finding message, as written.
    pub message: String,
    pub description: String,
    pub confidence: String,
    pub subcategory: String,
    /// `subcategory` for readers: `vuln` → `vulnerability`.
    pub kind: String,
    pub cwe: Vec<Named>,
    pub owasp: Vec<Named>,
    pub tags: Vec<String>,
    /// Author name and URL (`id` unused).
    pub author: Option<Named>,
    pub implications: Vec<Titled>,
    pub recommendations: Vec<String>,
    pub secure_example: String,
    pub detection_scope: String,
    pub known_limitations: Vec<String>,
    /// Standard (title) and requirement (text).
    pub compliance: Vec<Titled>,
    /// Title and URL (text).
    pub references: Vec<Titled>,
    pub similar: Vec<Similar>,
    /// Question (title) and answer (text).
    pub faq: Vec<Titled>,
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

/// The fence / `language-*` name of a rule's code blocks.
pub fn code_lang(l: RuleLanguage) -> &'static str {
    l.code_fence()
}

fn named(id: &str, name: &str, url: &str) -> Named {
    Named {
        id: id.to_string(),
        name: name.to_string(),
        url: url.to_string(),
    }
}

fn titled(title: &str, text: &str) -> Titled {
    Titled {
        title: title.trim().to_string(),
        text: text.trim().to_string(),
    }
}

fn trimmed(items: &[String]) -> Vec<String> {
    items.iter().map(|s| s.trim().to_string()).collect()
}

impl RuleDoc {
    pub fn new(rule: &Rule) -> RuleDoc {
        let meta = rule.meta.clone().unwrap_or_default();
        let summary = match meta.short_description.trim() {
            "" => rule.message.clone(),
            s => s.to_string(),
        };
        let ids = |ids: &[String]| ids.iter().map(|c| named(c, "", "")).collect();
        let cwe = if meta.cwe.is_empty() {
            ids(&rule.cwe)
        } else {
            meta.cwe
                .iter()
                .map(|c| named(&c.id, &c.name, &c.url))
                .collect()
        };
        let owasp = if meta.owasp.is_empty() {
            ids(&rule.owasp)
        } else {
            let list = meta.owasp.iter();
            list.map(|o| named(&o.id, &o.name, &o.url)).collect()
        };
        let kind = match meta.subcategory.as_str() {
            "vuln" => "vulnerability",
            "audit" => "audit (needs a human look)",
            other => other,
        };
        let similar = meta.similar_rules.iter().map(|s| Similar {
            id: s.id().to_string(),
            description: match s {
                SimilarRule::Described { description, .. } => description.trim().to_string(),
                SimilarRule::Id(_) => String::new(),
            },
        });
        RuleDoc {
            id: rule.id.clone(),
            name: rule.name.clone(),
            severity: rule.severity.as_str().to_string(),
            language: rule.language.category().to_string(),
            language_name: language_name(rule.language).to_string(),
            code_lang: code_lang(rule.language).to_string(),
            bundle: rule.bundle.clone(),
            summary,
            message: rule.message.clone(),
            description: meta.description.trim().to_string(),
            confidence: meta.confidence.clone(),
            subcategory: meta.subcategory.clone(),
            kind: kind.to_string(),
            cwe,
            owasp,
            tags: meta.tags.clone(),
            author: meta
                .author
                .as_ref()
                .filter(|a| !a.name.is_empty())
                .map(|a| named("", &a.name, &a.url)),
            implications: (meta.security_implications.iter())
                .map(|i| titled(&i.title, &i.description))
                .collect(),
            recommendations: trimmed(&meta.recommendations),
            secure_example: meta.secure_example.trim_end().to_string(),
            detection_scope: meta.detection_scope_page(),
            known_limitations: trimmed(&meta.known_limitations),
            compliance: (meta.compliance.iter())
                .map(|c| titled(&c.standard, &c.requirement))
                .collect(),
            references: (meta.references.iter())
                .map(|r| titled(&r.title, &r.url))
                .collect(),
            similar: similar.collect(),
            faq: meta
                .faq
                .iter()
                .map(|f| titled(&f.question, &f.answer))
                .collect(),
        }
    }

    /// SARIF `help.text`: the description and the fix steps, as plain text.
    pub fn sarif_help_text(&self) -> String {
        render("sarif-help.txt", self)
    }

    /// SARIF `help.markdown`: what code scanning shows beside a result.
    pub fn sarif_help_markdown(&self) -> String {
        render("sarif-help.md", self)
    }
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        // Templates are part of the binary: a syntax error is a bug caught by every test that renders.
        for (name, source) in [
            ("sarif-help.md", include_str!("../templates/sarif-help.md")),
            (
                "sarif-help.txt",
                include_str!("../templates/sarif-help.txt"),
            ),
        ] {
            env.add_template(name, source).expect("built-in template");
        }
        env
    })
}

/// Renders a built-in template over `doc`, trimmed (SARIF viewers add their own spacing).
fn render(name: &str, doc: &RuleDoc) -> String {
    let template = environment().get_template(name).expect("built-in template");
    let out = template
        .render(minijinja::context! { doc => doc })
        .expect("rule docs render");
    out.trim().to_string()
}
