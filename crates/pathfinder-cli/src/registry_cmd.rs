//! `pathfinder registry build`: writes the static rule registry (HTML pages, Markdown twins, index).

use crate::util::{builtin_rules, error};
use pathfinder_rules::query::resolve_with;
use pathfinder_rules::RuleQuery;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// The rules of a site: the rule query with every language and kind (`--rules` as in `scan`: those rules,
/// plus the built-in rules `--ruleset` names; every built-in rule when neither is given).
pub fn site_rules(
    rulesets: &[String],
    rules: &[PathBuf],
    no_builtin: bool,
) -> Result<Vec<Arc<pathfinder_rules::Rule>>, String> {
    if no_builtin && rules.is_empty() {
        return Err("--no-builtin needs rules from --rules".into());
    }
    let query = RuleQuery {
        rulesets: rulesets.to_vec(),
        paths: rules.to_vec(),
        builtin: !no_builtin,
        ..RuleQuery::catalog()
    };
    Ok(resolve_with(&query, builtin_rules)?.1.rules)
}

pub fn build(out: &Path, rulesets: &[String], rules: &[PathBuf], no_builtin: bool) -> u8 {
    let started = Instant::now();
    let rules = match site_rules(rulesets, rules, no_builtin) {
        Ok(r) => r,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    let site = pathfinder_registry::build_site(&rules);
    if let Err(e) = site.write_to(out) {
        error(format!("cannot write the site to {}: {e}", out.display()));
        return 2;
    }
    eprintln!(
        "registry: {}, {}, {} KiB written to {} in {} ms",
        pathfinder_findings::summary::plural(site.rule_count, "rule"),
        pathfinder_findings::summary::plural(site.files.len(), "file"),
        site.total_bytes() / 1024,
        out.display(),
        started.elapsed().as_millis()
    );
    0
}
