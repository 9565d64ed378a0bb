//! The rule tools: `list_rules`, `get_rule` and `explain_finding`, from the same catalog `scan` runs.

use crate::nav::{page, Page};
use crate::project::Project;
use crate::scan::{parse_language, ScanParams};
use pathfinder_rules::Rule;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Built-in rules and `serve --rules` rules, user rules shadowing built-in ones with the same id.
pub fn all_rules(project: &Project) -> Vec<Arc<Rule>> {
    let mut by_id: BTreeMap<String, Arc<Rule>> = BTreeMap::new();
    for r in project.builtin.iter().chain(&project.extra_rules) {
        by_id.insert(r.id.clone(), r.clone());
    }
    by_id.into_values().collect()
}

fn summary(r: &Rule) -> Value {
    let info = r.info();
    json!({
        "id": r.id,
        "name": r.name,
        "severity": r.severity,
        "language": r.language.category(),
        "ruleset": r.ruleset_path(),
        "cwe": r.cwe,
        "owasp": r.owasp,
        "short_description": info.short_description,
        "dataflow": matches!(&r.body, pathfinder_rules::RuleBody::Code(m) if m.contains_dataflow()),
        "builtin": r.builtin,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRules {
    #[serde(default)]
    pub ruleset: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub cursor: Option<String>,
}

pub fn list_rules(project: &Project, a: &ListRules) -> Result<Value, String> {
    let mut rules = all_rules(project);
    if let Some(spec) = a
        .ruleset
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        rules = pathfinder_rules::catalog::select(&rules, spec).map_err(|e| e.to_string())?;
    }
    if let Some(l) = a
        .language
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let lang = parse_language(l).ok_or_else(|| {
            format!("unknown language {l:?} (python, docker, docker-compose, go)")
        })?;
        rules.retain(|r| r.language == lang);
    }
    if let Some(q) = a.query.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let q = q.to_ascii_lowercase();
        rules.retain(|r| {
            let info = r.info();
            [
                r.id.as_str(),
                r.name.as_str(),
                r.message.as_str(),
                info.short_description.as_str(),
            ]
            .iter()
            .any(|t| t.to_ascii_lowercase().contains(&q))
                || r.cwe.iter().any(|c| c.eq_ignore_ascii_case(&q))
                || info.tags.iter().any(|t| t.eq_ignore_ascii_case(&q))
        });
    }
    page(
        "rules",
        rules.iter().map(|r| summary(r)).collect(),
        &Page {
            limit: a.limit,
            cursor: a.cursor.clone(),
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetRule {
    pub id: String,
}

fn find(project: &Project, id: &str) -> Result<Arc<Rule>, String> {
    let id = id.trim();
    let short = id.rsplit('/').next().unwrap_or(id);
    all_rules(project)
        .into_iter()
        .find(|r| r.id.eq_ignore_ascii_case(short))
        .ok_or_else(|| format!("no rule with id {id:?} (list_rules shows them)"))
}

pub fn get_rule(project: &Project, a: &GetRule) -> Result<Value, String> {
    let r = find(project, &a.id)?;
    let mut v = summary(&r);
    v["message"] = json!(r.message);
    v["origin"] = json!(r.origin);
    v["page"] = serde_json::to_value(r.meta.clone().unwrap_or_default()).unwrap_or(Value::Null);
    v["help_markdown"] = json!(r.info().help_markdown);
    v["source"] = json!(r.source);
    v["ir"] = r.record.clone();
    Ok(v)
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplainFinding {
    #[serde(default)]
    pub fingerprint: Option<String>,
    #[serde(default)]
    pub rule_id: Option<String>,
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub line: Option<u32>,
}

/// Why a finding matters and how to fix it: the rule's page sections plus the finding and its flow.
pub fn explain_finding(project: &Project, a: &ExplainFinding) -> Result<Value, String> {
    let finding = match (&a.fingerprint, &a.rule_id) {
        (Some(fp), _) if !fp.trim().is_empty() => match project.recalled(fp) {
            Some(f) => Some(f),
            None => {
                // Not from a recent scan: scan the project once to find it.
                crate::scan::run(
                    project,
                    &ScanParams {
                        max_findings: Some(usize::MAX),
                        ..ScanParams::default()
                    },
                )?;
                Some(project.recalled(fp).ok_or_else(|| {
                    format!("no current finding has fingerprint {:?} (scan again: the code may have changed)", fp.trim())
                })?)
            }
        },
        (_, Some(id)) => {
            let rule = find(project, id)?;
            match &a.file {
                Some(file) => {
                    let doc = crate::scan::run(
                        project,
                        &ScanParams {
                            path: Some(file.clone()),
                            rulesets: vec![rule.id.clone()],
                            max_findings: Some(usize::MAX),
                            ..ScanParams::default()
                        },
                    )?;
                    let results = doc["results"].as_array().cloned().unwrap_or_default();
                    let hit = results.into_iter().find(|f| {
                        f["rule_id"] == json!(rule.id)
                            && a.line.is_none_or(|l| {
                                let start = f["location"]["line"].as_u64().unwrap_or(0);
                                let end = f["location"]["end_line"].as_u64().unwrap_or(start);
                                (start..=end).contains(&u64::from(l))
                            })
                    });
                    match hit {
                        Some(h) => Some(h),
                        None => {
                            return Ok(with_rule(
                                &rule,
                                None,
                                Some(format!(
                                    "{} reports nothing in {}{} now; the rule's guidance follows",
                                    rule.id,
                                    file.trim(),
                                    a.line.map(|l| format!(" at line {l}")).unwrap_or_default()
                                )),
                            ))
                        }
                    }
                }
                None => None,
            }
        }
        _ => return Err("give a finding's fingerprint, or rule_id (with file and line)".into()),
    };
    let rule = match (&finding, &a.rule_id) {
        (Some(f), _) => find(project, f["rule_id"].as_str().unwrap_or(""))?,
        (None, Some(id)) => find(project, id)?,
        (None, None) => return Err("give a finding's fingerprint or a rule_id".into()),
    };
    Ok(with_rule(&rule, finding, None))
}

fn with_rule(rule: &Rule, finding: Option<Value>, note: Option<String>) -> Value {
    let meta = rule.meta.clone().unwrap_or_default();
    let info = rule.info();
    let flow = finding
        .as_ref()
        .and_then(|f| f["detection"]["flow"].as_array().cloned())
        .unwrap_or_default();
    json!({
        "rule_id": rule.id,
        "rule_name": rule.name,
        "severity": rule.severity,
        "cwe": meta.cwe.iter().map(|c| json!({"id": c.id, "name": c.name, "url": c.url})).collect::<Vec<_>>(),
        "owasp": meta.owasp.iter().map(|o| json!({"id": o.id, "name": o.name})).collect::<Vec<_>>(),
        "finding": finding,
        "flow": flow,
        "why_it_matters": {
            "summary": info.short_description,
            "description": meta.description.trim(),
            "security_implications": meta.security_implications.iter().map(|i| json!({"title": i.title, "description": i.description})).collect::<Vec<_>>(),
        },
        "how_to_fix": {
            "recommendations": meta.recommendations,
            "secure_example": meta.secure_example,
            "vulnerable_example": meta.vulnerable_example,
        },
        "known_limitations": meta.known_limitations,
        "references": meta.references.iter().map(|r| r.url.clone()).collect::<Vec<_>>(),
        "note": note,
    })
}
