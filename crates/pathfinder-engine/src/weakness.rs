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
    /// Import roots of the whole scanned project.
    project: BTreeSet<String>,
}

impl<'a> FrameworkGate<'a> {
    pub fn new(rules: impl Iterator<Item = &'a Arc<Rule>>, models: &[FileModel]) -> Self {
        let known = rules
            .flat_map(|r| frameworks(r).iter().map(String::as_str))
            .collect();
        let project = models.iter().flat_map(import_roots).collect();
        FrameworkGate { known, project }
    }

    /// The import roots of one file, for [`FrameworkGate::applies`].
    pub fn file_roots(&self, model: &FileModel) -> BTreeSet<String> {
        import_roots(model).collect()
    }

    /// A framework rule runs on a file that imports one of its frameworks, and on a file that imports
    /// no framework at all (a helper module) of a project that does. A generic rule runs everywhere.
    pub fn applies(&self, rule: &Rule, file_roots: &BTreeSet<String>) -> bool {
        let wanted = frameworks(rule);
        if wanted.is_empty() {
            return true;
        }
        if wanted.iter().any(|f| file_roots.contains(f)) {
            return true;
        }
        let file_has_framework = self.known.iter().any(|k| file_roots.contains(*k));
        !file_has_framework && wanted.iter().any(|f| self.project.contains(f))
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
