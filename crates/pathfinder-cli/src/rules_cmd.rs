//! `pathfinder rules list|show|ir`.

use crate::util::{builtin_rules, error};
use pathfinder_rules::dsl;
use pathfinder_rules::fixtures::expectations;
use pathfinder_rules::query::resolve_with;
use pathfinder_rules::{Rule, RuleLanguage, RuleQuery, RuleSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn load(rules: &[PathBuf]) -> Option<RuleSet> {
    match RuleSet::load_with(rules, Some(builtin_rules)) {
        Ok(r) => Some(r),
        Err(e) => {
            error(format!("cannot load rules: {e}"));
            None
        }
    }
}

/// The rules `scan` would be offered with the same `--ruleset`/`--rules`, every language and kind.
pub fn list(rulesets: &[String], rules: &[PathBuf], format: &str) -> u8 {
    let query = RuleQuery {
        rulesets: rulesets.to_vec(),
        paths: rules.to_vec(),
        ..RuleQuery::catalog()
    };
    let chosen = match resolve_with(&query, builtin_rules) {
        Ok((_, selection)) => selection.rules,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    match format {
        "text" => {
            let width = chosen.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in &chosen {
                println!(
                    "{:<width$}  {:<8}  {:<13}  {}",
                    r.id,
                    r.severity.as_str(),
                    r.kind.as_str(),
                    r.name
                );
            }
            eprintln!(
                "{}",
                pathfinder_findings::summary::plural(chosen.len(), "rule")
            );
        }
        "json" => {
            let rows: Vec<serde_json::Value> = chosen
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id, "name": r.name, "severity": r.severity.as_str(),
                        "kind": r.kind.as_str(),
                        "language": r.language.category(), "bundle": r.bundle,
                        "cwe": r.cwe, "owasp": r.owasp, "ruleset": r.ruleset_path(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&rows).unwrap_or_default()
            );
        }
        "markdown" | "md" => print!("{}", markdown_catalog(&chosen)),
        other => {
            error(format!(
                "unknown --format {other:?} (expected text, json or markdown)"
            ));
            return 2;
        }
    }
    0
}

/// The catalog table for the docs: what each rule matches and how well its fixtures cover it.
fn markdown_catalog(rules: &[Arc<Rule>]) -> String {
    let mut out = String::from(
        "| ID | Bundle | Kind | Severity | CWE | Name | What it matches | Positive lines | Negative files |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for r in rules {
        let positive_lines: usize = r
            .fixtures
            .iter()
            .filter(|f| f.positive)
            .map(|f| {
                let lines: Vec<&str> = f.text.lines().collect();
                let comments: Vec<(u32, String)> = lines
                    .iter()
                    .enumerate()
                    .filter_map(|(i, l)| {
                        // Go fixtures annotate with `//` comments, the others with `#`.
                        let p = match r.language {
                            RuleLanguage::Go => l.find("//").map(|p| p + 2),
                            _ => l.find('#'),
                        }?;
                        Some((i as u32 + 1, l[p..].to_string()))
                    })
                    .collect();
                expectations(&r.id, &comments, &lines).expected.len()
            })
            .sum();
        // A Go fixture directory's `go.mod` is not a fixture of its own.
        let negatives = r
            .fixtures
            .iter()
            .filter(|f| !f.positive && !f.name.ends_with("/go.mod"))
            .count();
        let what = r
            .meta
            .as_ref()
            .map(|m| m.short_description.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| r.message.clone());
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            r.id,
            // `docker/security` and `docker-compose/security` are different bundles: name the language.
            r.bundle
                .as_deref()
                .map(|b| format!("{}/{b}", r.language.category()))
                .unwrap_or_else(|| "-".into()),
            r.kind.as_str(),
            r.severity,
            r.cwe.join(", "),
            r.name.replace('|', "\\|"),
            what.replace('|', "\\|").replace('\n', " "),
            positive_lines,
            negatives
        ));
    }
    out
}

/// A rule by any name `rules list` prints: its id, or its ruleset path (`python/lang/ID`, `python/ID`).
fn find_rule(set: &RuleSet, name: &str) -> Option<Arc<Rule>> {
    let name = name.trim().trim_end_matches('/');
    set.find(name).or_else(|| {
        set.all().into_iter().find(|r| {
            r.ruleset_path().eq_ignore_ascii_case(name)
                || format!("{}/{}", r.language.category(), r.id).eq_ignore_ascii_case(name)
        })
    })
}

pub fn show(id: &str, rules: &[PathBuf]) -> u8 {
    let Some(set) = load(rules) else { return 2 };
    let Some(rule) = find_rule(&set, id) else {
        error(format!(
            "no rule with id {id:?} (see `pathfinder rules list`)"
        ));
        return 2;
    };
    println!("{}: {}", rule.id, rule.name);
    println!("severity: {}", rule.severity);
    println!("ruleset:  {}", rule.ruleset_path());
    if !rule.cwe.is_empty() {
        println!("cwe:      {}", rule.cwe.join(", "));
    }
    if !rule.owasp.is_empty() {
        println!("owasp:    {}", rule.owasp.join(", "));
    }
    println!("source:   {}", rule.origin);
    println!("message:  {}", rule.message);
    if let Some(meta) = &rule.meta {
        let section = |title: &str, body: &str| {
            if !body.trim().is_empty() {
                println!("\n## {title}\n{}", body.trim_end());
            }
        };
        section("Summary", &meta.short_description);
        section("Description", &meta.description);
        if !meta.recommendations.is_empty() {
            println!("\n## How to fix");
            for (i, step) in meta.recommendations.iter().enumerate() {
                println!("{}. {}", i + 1, step.trim());
            }
        }
        section("Secure example", &meta.secure_example);
        section("Detection scope", &meta.detection_scope);
        if !meta.references.is_empty() {
            println!("\n## References");
            for r in &meta.references {
                println!("- {}: {}", r.title, r.url);
            }
        }
    }
    println!("\n## rule.py\n{}", rule.source.trim_end());
    0
}

pub fn ir(file: &Path, pretty: bool) -> u8 {
    let mut display = file.display().to_string();
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            // Not a file: perhaps a rule id (or ruleset path) of a built-in rule.
            let builtin = (!file.exists())
                .then(|| RuleSet::load_with(&[], Some(builtin_rules)).ok())
                .flatten()
                .and_then(|set| find_rule(&set, &display));
            match builtin {
                Some(rule) => {
                    display = rule.origin.clone();
                    rule.source.clone()
                }
                None => {
                    error(format!(
                        "{display}: cannot read rule file: {e} (nor is it a built-in rule id)"
                    ));
                    return 2;
                }
            }
        }
    };
    match dsl::read_rule_source(&display, &source) {
        Ok(records) => {
            for line in dsl::ir_lines(&records) {
                if pretty {
                    let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
                    println!("{}", serde_json::to_string_pretty(&v).unwrap_or(line));
                } else {
                    println!("{line}");
                }
            }
            0
        }
        Err(e) => {
            error(e);
            2
        }
    }
}
