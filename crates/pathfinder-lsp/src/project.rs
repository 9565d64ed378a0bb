//! The on-disk project a Python buffer is analysed with, so flows through functions of other files are
//! followed as in `pathfinder scan`: every Python file of the workspace, with the unsaved text of open
//! buffers in place of their files. Disk files are read again only when their size or time changes.

use pathfinder_workspace::{walk, Config, Language, WalkOptions};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// Larger projects are not read on every change: their buffers are analysed with the other open buffers
/// only (an editor session must stay responsive; `pathfinder scan` covers the whole project).
pub const MAX_PROJECT_FILES: usize = 2000;

type Stamp = (Option<SystemTime>, u64);

#[derive(Default)]
pub struct ProjectFiles {
    /// Disk text by path, with the stamp it was read at.
    cache: RefCell<HashMap<PathBuf, (Stamp, Arc<str>)>>,
}

impl ProjectFiles {
    /// Sources to analyse: `(project-relative path, text)`, the open buffers (`open`, by relative path)
    /// winning over their files. Without a workspace root, or for a project over the size limit, only the
    /// open buffers.
    pub fn sources(
        &self,
        root: Option<&Path>,
        config: &Config,
        skip_tests: bool,
        open: &BTreeMap<String, Arc<str>>,
    ) -> Vec<(String, Arc<str>)> {
        let mut out: BTreeMap<String, Arc<str>> = open.clone();
        let Some(root) = root else {
            return out.into_iter().collect();
        };
        let walked = walk(&WalkOptions {
            root: root.to_path_buf(),
            include: config.include.clone(),
            exclude: config.exclude.clone(),
            skip_tests,
            ..WalkOptions::default()
        });
        let Ok(walked) = walked else {
            return out.into_iter().collect();
        };
        let python: Vec<_> = walked
            .files
            .iter()
            .filter(|f| f.language == Language::Python)
            .collect();
        if python.len() > MAX_PROJECT_FILES {
            return out.into_iter().collect();
        }
        let mut cache = self.cache.borrow_mut();
        let mut seen = Vec::with_capacity(python.len());
        for f in python {
            seen.push(f.path.clone());
            if out.contains_key(&f.rel) {
                continue;
            }
            let stamp = std::fs::metadata(&f.path)
                .map(|m| (m.modified().ok(), m.len()))
                .unwrap_or((None, 0));
            let text = match cache.get(&f.path) {
                Some((s, text)) if *s == stamp => text.clone(),
                _ => {
                    // Unreadable or not UTF-8: left out, as a scan reports and skips it.
                    let Ok(text) = std::fs::read_to_string(&f.path) else {
                        continue;
                    };
                    let text: Arc<str> = Arc::from(text);
                    cache.insert(f.path.clone(), (stamp, text.clone()));
                    text
                }
            };
            out.insert(f.rel.clone(), text);
        }
        // Deleted files leave the cache.
        let seen: std::collections::HashSet<PathBuf> = seen.into_iter().collect();
        cache.retain(|p, _| seen.contains(p));
        out.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_buffers_replace_their_files_and_disk_changes_are_seen() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.py"), "A = 1\n").unwrap();
        std::fs::write(root.join("b.py"), "B = 1\n").unwrap();
        std::fs::write(root.join("notes.txt"), "not python\n").unwrap();
        let files = ProjectFiles::default();
        let mut open = BTreeMap::new();
        open.insert("b.py".to_string(), Arc::from("B = 2\n"));
        open.insert("draft.py".to_string(), Arc::from("D = 1\n"));
        let got = files.sources(Some(root), &Config::default(), true, &open);
        let texts: Vec<(&str, &str)> = got.iter().map(|(p, t)| (p.as_str(), &**t)).collect();
        assert_eq!(
            texts,
            [
                ("a.py", "A = 1\n"),
                ("b.py", "B = 2\n"),
                ("draft.py", "D = 1\n")
            ]
        );
        std::fs::write(root.join("a.py"), "A = 22\n").unwrap();
        std::fs::remove_file(root.join("b.py")).unwrap();
        let got = files.sources(Some(root), &Config::default(), true, &BTreeMap::new());
        assert_eq!(got.len(), 1);
        assert_eq!(&*got[0].1, "A = 22\n");
        // No workspace: the open buffers alone.
        assert_eq!(
            files.sources(None, &Config::default(), true, &open).len(),
            2
        );
    }
}
