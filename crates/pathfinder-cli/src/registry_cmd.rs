//! `pathfinder registry build`: writes the static rule registry (HTML pages, Markdown twins, index).

use crate::util::{error, RuleSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// Built-in rules plus `--rules` (user rules shadow built-ins with the same id), or only the user rules.
pub fn site_rules(
    rules: &[PathBuf],
    no_builtin: bool,
) -> Result<Vec<Arc<pathfinder_rules::Rule>>, String> {
    let set = RuleSet::load(rules).map_err(|e| e.to_string())?;
    if no_builtin {
        if set.user.is_empty() {
            return Err("--no-builtin needs rules from --rules".into());
        }
        return Ok(set.user);
    }
    Ok(set.all())
}

pub fn build(out: &Path, rules: &[PathBuf], no_builtin: bool) -> u8 {
    let started = Instant::now();
    let rules = match site_rules(rules, no_builtin) {
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
