//! The built-in catalog as read at build time (see `build.rs`): one JSON line per rule file, holding what
//! the DSL reader and the YAML parser made of it. Start-up deserialises the lines in parallel and builds
//! the rules exactly as `pathfinder_rules::catalog::builtin_rules` does from the interpreted files (a test
//! compares the two).

use pathfinder_rules::catalog::{rules_from_read, LoadError, ReadRuleFile};
use pathfinder_rules::Rule;
use rayon::prelude::*;
use std::sync::Arc;

static CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.jsonl"));

/// Every rule of the built-in catalog, sorted by id.
pub fn rules() -> Result<Vec<Arc<Rule>>, LoadError> {
    rules_from_read(read()?)
}

/// The catalog's rule files as stored at build time.
pub fn read() -> Result<Vec<ReadRuleFile>, LoadError> {
    let lines: Vec<&str> = CATALOG.lines().filter(|l| !l.is_empty()).collect();
    if let [only] = lines.as_slice() {
        if let Some(e) = stored_error(only) {
            return Err(e);
        }
    }
    lines
        .par_iter()
        .map(|line| {
            serde_json::from_str(line).map_err(|e| LoadError {
                path: "builtin catalog".into(),
                line: None,
                column: None,
                message: format!("stored catalog does not deserialise (rebuild): {e}"),
            })
        })
        .collect()
}

/// The load error the build step met, when it met one.
fn stored_error(line: &str) -> Option<LoadError> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let e = v.get("error")?;
    let text = |k: &str| e.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let number = |k: &str| e.get(k).and_then(|v| v.as_u64()).map(|n| n as u32);
    Some(LoadError {
        path: text("path"),
        line: number("line"),
        column: number("column"),
        message: text("message"),
    })
}

#[cfg(test)]
mod tests {
    /// The catalog read at build time is the catalog the interpreter reads now, file by file and rule by
    /// rule (so a stale or lossy stored copy cannot change what a scan runs).
    #[test]
    fn stored_catalog_equals_the_interpreted_one() {
        let stored = super::read().expect("stored catalog loads");
        let interpreted = pathfinder_rules::catalog::read_builtin().expect("catalog interprets");
        assert_eq!(stored.len(), interpreted.len());
        assert!(stored.len() > 100, "only {} rule files", stored.len());
        for (s, i) in stored.iter().zip(&interpreted) {
            assert_eq!(s, i, "{} differs from its interpretation", i.origin);
        }
        let from_stored = super::rules().expect("stored rules build");
        let from_interpreted = pathfinder_rules::catalog::builtin_rules().expect("rules build");
        assert_eq!(from_stored.len(), from_interpreted.len());
        for (s, i) in from_stored.iter().zip(&from_interpreted) {
            assert_eq!(format!("{s:?}"), format!("{i:?}"), "rule {}", i.id);
        }
    }
}
