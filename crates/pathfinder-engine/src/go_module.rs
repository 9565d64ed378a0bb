//! Go modules for a scan: each Go file's module (the nearest `go.mod` above it) and the declarations of
//! every package of that module, read in parallel before any file is modelled, so calls resolve across
//! the module's files and packages (`pathfinder_go::module`).

use pathfinder_go::module::{declarations, module_path, package_path, Context, ModuleIndex};
use pathfinder_workspace::{read_source, SourceFile};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// `go.mod` files larger than this are not read (a real one is a few kilobytes).
const MAX_GO_MOD: u64 = 1 << 20;

/// The module a directory belongs to: the directory holding its `go.mod` and the module path.
type Module = Option<(PathBuf, String)>;

fn module_of(dir: &Path, cache: &mut HashMap<PathBuf, Module>) -> Module {
    let mut missed = Vec::new();
    let mut found: Module = None;
    for d in dir.ancestors() {
        if let Some(m) = cache.get(d) {
            found = m.clone();
            break;
        }
        missed.push(d.to_path_buf());
        let go_mod = d.join("go.mod");
        let readable =
            std::fs::metadata(&go_mod).is_ok_and(|m| m.is_file() && m.len() <= MAX_GO_MOD);
        if let Some(path) = readable
            .then(|| std::fs::read_to_string(&go_mod).ok())
            .flatten()
            .and_then(|text| module_path(&text))
        {
            found = Some((d.to_path_buf(), path));
            break;
        }
    }
    for d in missed {
        cache.insert(d, found.clone());
    }
    found
}

/// One [`Context`] per file, in order. Files outside any module get the default context (local names
/// stay bare, as in a single-file scan).
pub(crate) fn contexts(files: &[&SourceFile]) -> Vec<Context> {
    let mut cache = HashMap::new();
    let packages: Vec<Option<(PathBuf, String)>> = files
        .iter()
        .map(|f| {
            let dir = f.path.parent()?;
            let (root, module) = module_of(dir, &mut cache)?;
            let rel = dir.strip_prefix(&root).ok()?;
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            Some((root, package_path(&module, &rel.join("/"))))
        })
        .collect();
    if packages.iter().all(Option::is_none) {
        return vec![Context::default(); files.len()];
    }
    // Every file of a module is read for its declarations, generated ones included (their types are
    // what hand-written code calls), before any file is modelled.
    let decls: Vec<_> = files
        .par_iter()
        .zip(packages.par_iter())
        .filter_map(|(f, p)| {
            let (root, package) = p.as_ref()?;
            let (text, _) = read_source(f);
            Some((root.clone(), declarations(package, &text?)))
        })
        .collect();
    let mut indexes: HashMap<PathBuf, ModuleIndex> = HashMap::new();
    for (root, d) in decls {
        indexes.entry(root).or_default().add(d);
    }
    let indexes: HashMap<PathBuf, Arc<ModuleIndex>> =
        indexes.into_iter().map(|(k, v)| (k, Arc::new(v))).collect();
    packages
        .into_iter()
        .map(|p| match p {
            Some((root, package)) => Context {
                package: Some(package),
                index: indexes.get(&root).cloned(),
            },
            None => Context::default(),
        })
        .collect()
}
