//! The static site: `index.html` (search and filters), one page per rule at
//! `<category>/<bundle>/<RULE-ID>.html` (the layout SARIF `helpUri`s point at) with its Markdown twin
//! `<RULE-ID>.md`, `index.md`, `rules.json`, and the bundled assets. All links are relative, so the site works
//! under any base path and from `file://`.

use crate::assets;
use crate::page::{self, Choice, IndexFacets, IndexRow, RulePage};
use pathfinder_findings::Severity;
use pathfinder_rules::doc::RuleDoc;
use pathfinder_rules::Rule;
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

pub use pathfinder_rules::doc::language_name;

/// A path segment made safe for a file name (user rule ids and bundles come from files we do not control).
pub(crate) fn segment(s: &str) -> String {
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
    let docs: Vec<RuleDoc> = rules.iter().map(|r| RuleDoc::new(r)).collect();
    let rows: Vec<IndexRow> = rules
        .iter()
        .zip(&docs)
        .map(|(r, d)| IndexRow::new(r, d))
        .collect();
    let facets = index_facets(&rules, &docs);
    site.files.insert(
        "index.html".into(),
        page::index_html(&rows, &facets).into_bytes(),
    );
    site.files
        .insert("index.md".into(), page::index_markdown(&rows).into_bytes());
    site.files
        .insert("rules.json".into(), rules_json(&rules, &rows).into_bytes());
    for (rule, doc) in rules.iter().zip(&docs) {
        let page = RulePage::new(rule, doc, &by_id);
        site.files
            .insert(page_path(rule), page::rule_html(doc, &page).into_bytes());
        site.files.insert(
            markdown_path(rule),
            page::rule_markdown(doc, &page).into_bytes(),
        );
    }
    site
}

/// The index's filter choices and counts, from the rules present.
fn index_facets(rules: &[Arc<Rule>], docs: &[RuleDoc]) -> IndexFacets {
    let mut languages = BTreeSet::new();
    let mut bundles = BTreeSet::new();
    let mut cwes: BTreeMap<String, String> = BTreeMap::new();
    let mut sev_counts: BTreeMap<Severity, usize> = BTreeMap::new();
    for (r, doc) in rules.iter().zip(docs) {
        languages.insert(r.language);
        bundles.insert(format!(
            "{}/{}",
            r.language.category(),
            r.bundle.as_deref().unwrap_or("custom")
        ));
        *sev_counts.entry(r.severity).or_default() += 1;
        for c in &r.cwe {
            // The first name meta.yaml gives a CWE labels it.
            let name = (doc.cwe.iter())
                .find(|x| x.id.eq_ignore_ascii_case(c))
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
    let choice = |value: &str, label: &str| Choice {
        value: value.to_string(),
        label: label.to_string(),
    };
    let present = || {
        Severity::ALL_DESC
            .into_iter()
            .filter_map(|s| sev_counts.get(&s).map(|n| (s.as_str(), *n)))
    };
    let names: Vec<&str> = languages.iter().map(|l| language_name(*l)).collect();
    IndexFacets {
        languages: match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.join(""),
        },
        stats: present().collect(),
        language_options: (languages.iter())
            .map(|l| choice(l.category(), language_name(*l)))
            .collect(),
        bundle_options: bundles.iter().map(|b| choice(b, b)).collect(),
        severity_options: present().map(|(s, _)| choice(s, s)).collect(),
        cwe_options: (cwe_list.iter())
            .map(|(id, name)| match name.as_str() {
                "" => choice(id, id),
                name => choice(id, &format!("{id}: {name}")),
            })
            .collect(),
    }
}

fn rules_json(rules: &[Arc<Rule>], rows: &[IndexRow]) -> String {
    let list: Vec<serde_json::Value> = rules
        .iter()
        .zip(rows)
        .map(|(r, row)| {
            json!({
                "id": r.id,
                "name": r.name,
                "severity": r.severity.as_str(),
                "language": r.language.category(),
                "bundle": r.bundle,
                "cwe": r.cwe,
                "owasp": r.owasp,
                "summary": row.summary,
                "page": row.page,
                "markdown": row.markdown,
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({ "rules": list })).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::esc;
    use crate::page::pull_request_setup;

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
