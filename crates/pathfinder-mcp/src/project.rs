//! The project a server answers for: its root, configuration and rules, and the rule that every path a
//! client names must stay inside the root.

use pathfinder_engine::{compile, CompiledRules};
use pathfinder_rules::Rule;
use pathfinder_workspace::Config;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Project {
    /// Canonical root: symlinks resolved, so a prefix test is a containment test.
    pub root: PathBuf,
    pub config: Config,
    pub builtin: Vec<Arc<Rule>>,
    /// Rules from `serve --rules`.
    pub extra_rules: Vec<Arc<Rule>>,
    pub version: String,
    pub timestamp: fn() -> String,
    /// Tests only: extra time each scan takes, to exercise cancellation and timeouts.
    pub test_delay: Duration,
    /// Findings of recent scans by fingerprint, for `explain_finding`.
    recent: Mutex<HashMap<String, (Value, String)>>,
    /// Compiled rule sets by their rules' identity, so a repeated scan does not compile its rules again.
    compiled: Mutex<HashMap<Vec<usize>, Arc<CompiledRules>>>,
}

/// Findings remembered for `explain_finding`; older ones are dropped first when full.
const RECENT_LIMIT: usize = 10_000;

impl Project {
    pub fn new(
        root: PathBuf,
        config: Config,
        builtin: Vec<Arc<Rule>>,
        extra_rules: Vec<Arc<Rule>>,
        version: String,
        timestamp: fn() -> String,
    ) -> Project {
        Project {
            root,
            config,
            builtin,
            extra_rules,
            version,
            timestamp,
            test_delay: Duration::ZERO,
            recent: Mutex::new(HashMap::new()),
            compiled: Mutex::new(HashMap::new()),
        }
    }

    /// Resolves a client path (relative to the root, or absolute) to an existing file or directory inside
    /// the project: `(absolute path, project-relative path with '/' separators, "." for the root)`.
    /// `..`, absolute paths elsewhere and symlinks leading out are refused.
    pub fn resolve(&self, path: &str) -> Result<(PathBuf, String), String> {
        let given = path.trim();
        if given.contains('\0') {
            return Err("the path contains a NUL byte".into());
        }
        let joined = if given.is_empty() {
            self.root.clone()
        } else {
            self.root.join(given)
        };
        let canonical = joined.canonicalize().map_err(|e| {
            if self.lexically_outside(given) {
                outside(given)
            } else {
                format!("{}: {e}", escape(given))
            }
        })?;
        let rel = canonical
            .strip_prefix(&self.root)
            .map_err(|_| outside(given))?;
        Ok((canonical.clone(), rel_text(rel)))
    }

    /// A project-relative name for a path that need not exist (the virtual file of an in-memory scan):
    /// refused if it would leave the project.
    pub fn relative_name(&self, path: &str) -> Result<String, String> {
        let p = Path::new(path.trim());
        let rel = if p.is_absolute() {
            p.strip_prefix(&self.root).map_err(|_| outside(path))?
        } else {
            p
        };
        let mut parts = Vec::new();
        for c in rel.components() {
            match c {
                Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
                Component::CurDir => {}
                _ => return Err(outside(path)),
            }
        }
        if parts.is_empty() {
            return Err(format!("{} is not a file name", escape(path)));
        }
        Ok(parts.join("/"))
    }

    /// Drops walked files that are symlinks (or below symlinked directories) leading out of the project.
    pub fn keep_inside(&self, files: &mut Vec<pathfinder_workspace::SourceFile>) {
        let root = &self.root;
        files.retain(|f| f.path.canonicalize().is_ok_and(|c| c.starts_with(root)));
    }

    fn lexically_outside(&self, given: &str) -> bool {
        let p = Path::new(given);
        (p.is_absolute() && !p.starts_with(&self.root))
            || p.components().any(|c| c == Component::ParentDir)
    }

    /// Keeps the findings of a scan for `explain_finding`.
    pub fn remember(&self, doc: &Value, target: &str) {
        let Some(results) = doc.get("results").and_then(Value::as_array) else {
            return;
        };
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        if recent.len() + results.len() > RECENT_LIMIT {
            recent.clear();
        }
        for r in results {
            if let Some(fp) = r.get("fingerprint").and_then(Value::as_str) {
                recent.insert(fp.to_string(), (r.clone(), target.to_string()));
            }
        }
    }

    /// A finding of a recent scan by fingerprint.
    pub fn recalled(&self, fingerprint: &str) -> Option<Value> {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent.get(fingerprint.trim()).map(|(v, _)| v.clone())
    }

    /// `compile(rules)`, reused while the same rule objects are asked for again (rule files named by a call
    /// are loaded afresh each time, so an edited rule file is never served stale).
    pub fn compiled(&self, rules: &[Arc<Rule>]) -> Arc<CompiledRules> {
        // Keys are addresses, so only rules this project keeps alive (their addresses cannot be reused)
        // are cached.
        let lasting = |r: &Arc<Rule>| {
            self.builtin
                .iter()
                .chain(&self.extra_rules)
                .any(|k| Arc::ptr_eq(k, r))
        };
        if !rules.iter().all(lasting) {
            return Arc::new(compile(rules));
        }
        let key: Vec<usize> = rules.iter().map(|r| Arc::as_ptr(r) as usize).collect();
        let mut cache = self.compiled.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cache.get(&key) {
            return c.clone();
        }
        let c = Arc::new(compile(rules));
        if cache.len() >= 32 {
            cache.clear();
        }
        cache.insert(key, c.clone());
        c
    }

    pub fn test_pause(&self) {
        // In small steps, checking for cancellation as the engine's walks do.
        let until = std::time::Instant::now() + self.test_delay;
        while std::time::Instant::now() < until {
            pathfinder_python::cancel::check();
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn rel_text(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

fn outside(given: &str) -> String {
    format!(
        "{} is outside the project (only files under the project directory can be read)",
        escape(given)
    )
}

/// A path as JSON-style escaped text, so control characters in a name cannot forge output.
pub fn escape(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(root: &Path) -> Project {
        Project::new(
            root.canonicalize().unwrap(),
            Config::default(),
            Vec::new(),
            Vec::new(),
            "0".into(),
            String::new,
        )
    }

    #[test]
    fn paths_stay_inside_the_project() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("proj");
        std::fs::create_dir_all(root.join("app")).unwrap();
        std::fs::write(root.join("app/a.py"), "x = 1\n").unwrap();
        std::fs::write(dir.path().join("secret.py"), "y = 2\n").unwrap();
        let p = project(&root);
        assert_eq!(p.resolve("app/a.py").unwrap().1, "app/a.py");
        assert_eq!(p.resolve("./app/../app").unwrap().1, "app");
        assert_eq!(p.resolve("").unwrap().1, ".");
        assert!(p.resolve("../secret.py").unwrap_err().contains("outside"));
        let abs = dir.path().join("secret.py");
        assert!(p
            .resolve(abs.to_str().unwrap())
            .unwrap_err()
            .contains("outside"));
        assert!(p.resolve("../missing.py").unwrap_err().contains("outside"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.py"), root.join("link.py")).unwrap();
            assert!(p.resolve("link.py").unwrap_err().contains("outside"));
        }
        assert!(p.resolve("nope.py").unwrap_err().contains("nope.py"));
    }

    #[test]
    fn virtual_names() {
        let dir = tempfile::tempdir().unwrap();
        let p = project(dir.path());
        assert_eq!(p.relative_name("app/new.py").unwrap(), "app/new.py");
        assert_eq!(p.relative_name("./x.py").unwrap(), "x.py");
        assert!(p.relative_name("../x.py").is_err());
        assert!(p.relative_name("/etc/passwd").is_err());
        assert!(p.relative_name(".").is_err());
    }
}
