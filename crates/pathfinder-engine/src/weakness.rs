//! One finding per weakness: framework rules only on code of their framework, and several rules that
//! report the same weakness (CWE family) on the same code merged into the most specific finding.

use pathfinder_findings::weakness::RuleTraits;
use pathfinder_findings::Finding;
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

/// Merges findings of one file that report the same weakness on the same code (see
/// [`pathfinder_findings::weakness::merge_same_weakness`]), ranking rules by their kind and frameworks.
pub fn merge_same_weakness(findings: &mut Vec<Finding>, rules: &HashMap<&str, &Rule>) {
    pathfinder_findings::weakness::merge_same_weakness(findings, &|id| {
        rules.get(id).map(|r| RuleTraits {
            vulnerability: r.kind == RuleKind::Vulnerability,
            framework: !frameworks(r).is_empty(),
        })
    });
}
