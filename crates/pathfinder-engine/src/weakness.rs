//! One finding per weakness: framework rules only on code of their framework, and several rules that
//! report the same weakness (CWE family) on the same code merged into the most specific finding.

use pathfinder_findings::{cwe_family, Detection, Finding};
use pathfinder_python::FileModel;
use pathfinder_rules::{Rule, RuleKind};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Decides which framework rules apply to a file, from `frameworks:` in the rules' `meta.yaml`.
pub struct FrameworkGate<'a> {
    /// Import roots of every framework some running rule is about.
    known: BTreeSet<&'a str>,
    /// Import roots per package. Usually the whole project is one package. A scanned directory with no
    /// Python file of its own, whose first directories hold packages of their own (`pip-26.3/pip/`,
    /// `django-5.2.19/django/`: several projects side by side, such as a corpus of libraries), has one
    /// package per such directory, so each keeps its frameworks to itself.
    packages: HashMap<String, BTreeSet<String>>,
    /// The first directories that are projects of their own (empty: one package).
    projects: BTreeSet<String>,
}

/// What the gate needs to know about one file: its module-level import roots and its package.
pub struct FileRoots {
    imports: BTreeSet<String>,
    package: String,
}

/// The first directory of a project-relative path (`""` for a file at the root).
fn first_dir(path: &str) -> &str {
    path.split_once('/').map_or("", |(first, _)| first)
}

/// The package of a file: its first directory when that is a project of its own, else the whole project.
fn package_of<'p>(projects: &BTreeSet<String>, path: &'p str) -> &'p str {
    let first = first_dir(path);
    if projects.contains(first) {
        first
    } else {
        ""
    }
}

/// First directories holding a package one level down (`d/pkg/__init__.py`), when no Python file sits at
/// the root: those are separate projects scanned together.
fn side_by_side_projects(models: &[FileModel]) -> BTreeSet<String> {
    if models.iter().any(|m| !m.path.contains('/')) {
        return BTreeSet::new();
    }
    models
        .iter()
        .filter_map(|m| {
            let mut parts = m.path.split('/');
            let (first, _, init) = (parts.next()?, parts.next()?, parts.next()?);
            (init == "__init__.py" && parts.next().is_none()).then(|| first.to_string())
        })
        .collect()
}

impl<'a> FrameworkGate<'a> {
    pub fn new(rules: impl Iterator<Item = &'a Arc<Rule>>, models: &[FileModel]) -> Self {
        let known = rules
            .flat_map(|r| frameworks(r).iter().map(String::as_str))
            .collect();
        let projects = side_by_side_projects(models);
        let mut packages: HashMap<String, BTreeSet<String>> = HashMap::new();
        for m in models {
            packages
                .entry(package_of(&projects, &m.path).to_string())
                .or_default()
                .extend(import_roots(m));
        }
        FrameworkGate {
            known,
            packages,
            projects,
        }
    }

    /// The import roots and package of one file, for [`FrameworkGate::applies`].
    pub fn file_roots(&self, model: &FileModel) -> FileRoots {
        FileRoots {
            imports: import_roots(model).collect(),
            package: package_of(&self.projects, &model.path).to_string(),
        }
    }

    /// A framework rule runs on a file that imports one of its frameworks, and on a file that imports
    /// no framework at all (a helper module) of a package that does. A generic rule runs everywhere.
    pub fn applies(&self, rule: &Rule, file: &FileRoots) -> bool {
        let wanted = frameworks(rule);
        if wanted.is_empty() {
            return true;
        }
        if wanted.iter().any(|f| file.imports.contains(f)) {
            return true;
        }
        let file_has_framework = self.known.iter().any(|k| file.imports.contains(*k));
        !file_has_framework
            && self
                .packages
                .get(&file.package)
                .is_some_and(|p| wanted.iter().any(|f| p.contains(f)))
    }
}

fn frameworks(rule: &Rule) -> &[String] {
    rule.meta.as_ref().map_or(&[], |m| m.frameworks.as_slice())
}

/// First names of the modules a file imports at module level (`flask` for `from flask import request`).
fn import_roots(model: &FileModel) -> impl Iterator<Item = String> + '_ {
    model
        .imports
        .values()
        .filter_map(|fqn| fqn.split('.').next())
        .filter(|root| !root.is_empty())
        .map(str::to_string)
}

/// Most specific first: a vulnerability over an audit finding, a traced flow over a pattern, a
/// framework rule over a generic one, then the more severe.
fn specificity(
    f: &Finding,
    rule: Option<&Rule>,
) -> (bool, bool, bool, pathfinder_findings::Severity) {
    (
        rule.is_none_or(|r| r.kind == RuleKind::Vulnerability),
        f.detection != Detection::Pattern,
        rule.is_some_and(|r| !frameworks(r).is_empty()),
        f.severity,
    )
}

/// Merges findings of one file that report the same weakness on the same code: findings whose CWE
/// families overlap and whose line spans overlap. The most specific survives and lists the others'
/// rule ids in `related_rules`. Suppressed findings are merged only with suppressed ones.
pub fn merge_same_weakness(findings: &mut Vec<Finding>, rules: &HashMap<&str, &Rule>) {
    if findings.len() < 2 {
        return;
    }
    let rank = |f: &Finding| specificity(f, rules.get(f.rule_id.as_str()).copied());
    // Strongest first, so each finding is absorbed by the strongest one it overlaps.
    findings.sort_by(|a, b| {
        rank(b)
            .cmp(&rank(a))
            .then_with(|| a.rule_id.cmp(&b.rule_id))
            .then_with(|| a.location.cmp(&b.location))
    });
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        let families: BTreeSet<&str> = f.cwe.iter().map(|c| cwe_family(c)).collect();
        let host = kept.iter_mut().find(|k| {
            k.rule_id != f.rule_id
                && k.suppressed == f.suppressed
                && k.location.file == f.location.file
                && k.location.line <= f.location.end_line
                && f.location.line <= k.location.end_line
                && k.cwe.iter().any(|c| families.contains(cwe_family(c)))
        });
        match host {
            Some(k) => {
                if !k.related_rules.contains(&f.rule_id) {
                    k.related_rules.push(f.rule_id);
                    k.related_rules.sort();
                }
            }
            None => kept.push(f),
        }
    }
    *findings = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathfinder_findings::{Confidence, Location, Severity};

    fn finding(rule: &str, cwe: &str, line: u32, detection: Detection) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: rule.into(),
            severity: Severity::Medium,
            confidence: Confidence::High,
            cwe: vec![cwe.into()],
            owasp: vec![],
            message: String::new(),
            location: Location {
                file: "a.py".into(),
                line,
                column: 1,
                end_line: line,
                end_column: 10,
            },
            function: None,
            snippet: String::new(),
            detection,
            flow: vec![],
            fingerprint: String::new(),
            suppressed: false,
            related_rules: vec![],
        }
    }

    #[test]
    fn taint_finding_absorbs_patterns_of_the_same_family_on_its_line() {
        let mut v = vec![
            finding("PATTERN-EVAL", "CWE-95", 3, Detection::Pattern),
            finding("FLOW-EVAL", "CWE-94", 3, Detection::TaintLocal),
            // Another weakness on the same line, and the same weakness on another line, stay.
            finding("PATTERN-SQL", "CWE-89", 3, Detection::Pattern),
            finding("PATTERN-EVAL", "CWE-95", 7, Detection::Pattern),
        ];
        merge_same_weakness(&mut v, &HashMap::new());
        let ids: Vec<(&str, u32, &[String])> = v
            .iter()
            .map(|f| {
                (
                    f.rule_id.as_str(),
                    f.location.line,
                    f.related_rules.as_slice(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            vec![
                ("FLOW-EVAL", 3, &["PATTERN-EVAL".to_string()][..]),
                ("PATTERN-EVAL", 7, &[][..]),
                ("PATTERN-SQL", 3, &[][..]),
            ]
        );
    }
}
