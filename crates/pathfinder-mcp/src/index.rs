//! The navigation index: every project file modelled by its front end (Python and Go [`FileModel`]s,
//! Dockerfile, compose), built in the background at start and refreshed before each call that reads it: files whose
//! modification time or size changed are modelled again, new files are added and deleted ones dropped.

use pathfinder_compose::ComposeFile;
use pathfinder_dockerfile::Dockerfile;
use pathfinder_python::{qualified, CallKind, FileModel, ScopeKind};
use pathfinder_workspace::{read_source, walk, Language, SourceFile, WalkOptions};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

/// One modelled file.
pub enum Model {
    Python(Arc<FileModel>),
    /// A Go file; its `module` is the package's import path (see [`go_package`]).
    Go(Arc<FileModel>),
    Dockerfile(Arc<Dockerfile>),
    Compose(Arc<ComposeFile>),
    /// A language the index has no navigation for yet (counted, not searchable).
    Other,
}

pub struct Entry {
    stamp: Stamp,
    pub model: Model,
}

/// What tells a changed file from an unchanged one.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    size: u64,
}

fn stamp(path: &std::path::Path) -> Stamp {
    match std::fs::metadata(path) {
        Ok(m) => Stamp {
            modified: m.modified().ok(),
            size: m.len(),
        },
        Err(_) => Stamp {
            modified: None,
            size: 0,
        },
    }
}

fn model(root: &Path, file: &SourceFile) -> Entry {
    let stamp = stamp(&file.path);
    let text = read_source(file).0.unwrap_or_default();
    let model = match file.language {
        Language::Python => Model::Python(Arc::new(pathfinder_python::analyze(
            &file.rel,
            Arc::from(text),
        ))),
        Language::Go => {
            let package = go_package(root, file, &text);
            let mut m = pathfinder_go::analyze(&file.rel, Arc::from(text));
            m.module = package;
            Model::Go(Arc::new(m))
        }
        Language::Dockerfile => Model::Dockerfile(Arc::new(pathfinder_dockerfile::parse(&text))),
        Language::Compose => Model::Compose(Arc::new(pathfinder_compose::parse(&text))),
        #[allow(unreachable_patterns)]
        _ => Model::Other,
    };
    Entry { stamp, model }
}

/// A Go file's package as Go imports it: the `module` path of the nearest `go.mod` (inside the project)
/// plus the directory below it (`example.com/shop/svc`); without a `go.mod`, the project-relative
/// directory, or the package clause's name for files at the root. Symbols are `<package>.<Func>` and
/// `<package>.<Type>.<Method>`, the names the Go front end resolves imported calls to.
pub fn go_package(root: &Path, file: &SourceFile, text: &str) -> String {
    let rel_dir = file.rel.rsplit_once('/').map_or("", |(d, _)| d);
    let mut dir = root.join(rel_dir);
    loop {
        if let Some(module) = std::fs::read_to_string(dir.join("go.mod"))
            .ok()
            .and_then(|m| go_mod_module(&m))
        {
            let below = dir
                .strip_prefix(root)
                .ok()
                .and_then(|d| Path::new(rel_dir).strip_prefix(d).ok())
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            return if below.is_empty() {
                module
            } else {
                format!("{module}/{below}")
            };
        }
        if dir == root || !dir.pop() || !dir.starts_with(root) {
            break;
        }
    }
    if !rel_dir.is_empty() {
        return rel_dir.to_string();
    }
    text.lines()
        .find_map(|l| l.trim().strip_prefix("package "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "main".into())
}

/// The path of a `go.mod`'s `module` directive.
fn go_mod_module(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("module")?;
        let path = rest.split("//").next()?.trim().trim_matches('"');
        (!path.is_empty() && rest.starts_with(char::is_whitespace)).then(|| path.to_string())
    })
}

/// Index progress, readable while the build runs.
#[derive(Default)]
pub struct Progress {
    pub total: AtomicUsize,
    pub done: AtomicUsize,
    phase: Mutex<&'static str>,
    built: Mutex<Option<(Duration, SystemTime)>>,
    error: Mutex<Option<String>>,
}

/// The index plus its build state; shared by every session of the server.
pub struct Indexer {
    root: PathBuf,
    walk: WalkOptions,
    files: RwLock<BTreeMap<String, Entry>>,
    pub progress: Progress,
    ready: tokio::sync::watch::Sender<bool>,
    /// Serialises refreshes so two calls do not re-model the same file twice.
    refreshing: Mutex<()>,
    /// Files re-modelled by refreshes since the start (status and tests).
    pub refreshed: AtomicUsize,
}

impl Indexer {
    pub fn new(root: PathBuf, walk: WalkOptions) -> Arc<Indexer> {
        let (ready, _) = tokio::sync::watch::channel(false);
        Arc::new(Indexer {
            root,
            walk,
            files: RwLock::new(BTreeMap::new()),
            progress: Progress {
                phase: Mutex::new("pending"),
                ..Progress::default()
            },
            ready,
            refreshing: Mutex::new(()),
            refreshed: AtomicUsize::new(0),
        })
    }

    /// Builds the index on a background thread.
    pub fn start(self: &Arc<Self>) {
        let me = self.clone();
        let spawned = std::thread::Builder::new()
            .name("pathfinder-index".into())
            .spawn(move || me.build());
        if let Err(e) = spawned {
            *lock(&self.progress.error) = Some(format!("cannot start the index thread: {e}"));
            self.set_phase("failed");
            self.ready.send_replace(true);
        }
    }

    fn set_phase(&self, phase: &'static str) {
        *lock(&self.progress.phase) = phase;
    }

    fn build(&self) {
        let started = Instant::now();
        self.set_phase("walking");
        let walked = match walk(&self.walk) {
            Ok(mut w) => {
                keep_inside(&self.root, &mut w.files);
                w
            }
            Err(e) => {
                *lock(&self.progress.error) = Some(e.to_string());
                self.set_phase("failed");
                self.ready.send_replace(true);
                return;
            }
        };
        self.progress
            .total
            .store(walked.files.len(), Ordering::Relaxed);
        self.set_phase("modelling");
        let entries: Vec<(String, Entry)> = walked
            .files
            .par_iter()
            .map(|f| {
                let e = model(&self.root, f);
                self.progress.done.fetch_add(1, Ordering::Relaxed);
                (f.rel.clone(), e)
            })
            .collect();
        *write(&self.files) = entries.into_iter().collect();
        *lock(&self.progress.built) = Some((started.elapsed(), SystemTime::now()));
        self.set_phase("ready");
        self.ready.send_replace(true);
    }

    /// Waits for the first build to finish.
    pub async fn wait_ready(&self) {
        let mut rx = self.ready.subscribe();
        let _ = rx.wait_for(|r| *r).await;
    }

    /// Brings the index up to date with the disk (blocking: call from a blocking task). Returns the
    /// number of files modelled again, added or dropped.
    pub fn refresh(&self) -> Result<usize, String> {
        if let Some(e) = lock(&self.progress.error).clone() {
            return Err(format!("the project index could not be built: {e}"));
        }
        let _one = lock(&self.refreshing);
        let mut walked = walk(&self.walk).map_err(|e| e.to_string())?;
        keep_inside(&self.root, &mut walked.files);
        let stale: Vec<&SourceFile> = {
            let files = read(&self.files);
            walked
                .files
                .iter()
                .filter(|f| files.get(&f.rel).is_none_or(|e| e.stamp != stamp(&f.path)))
                .collect()
        };
        let fresh: Vec<(String, Entry)> = stale
            .par_iter()
            .map(|f| (f.rel.clone(), model(&self.root, f)))
            .collect();
        let mut files = write(&self.files);
        let before = files.len();
        let present: std::collections::HashSet<&str> =
            walked.files.iter().map(|f| f.rel.as_str()).collect();
        files.retain(|rel, _| present.contains(rel.as_str()));
        let changed = fresh.len() + (before - files.len());
        files.extend(fresh);
        self.refreshed.fetch_add(changed, Ordering::Relaxed);
        Ok(changed)
    }

    /// A consistent snapshot of the models for one query.
    pub fn snapshot(&self) -> Snapshot {
        let files = read(&self.files);
        let mut snap = Snapshot::default();
        for (rel, e) in files.iter() {
            match &e.model {
                Model::Python(m) => snap.python.push((rel.clone(), m.clone())),
                Model::Go(m) => snap.go.push((rel.clone(), m.clone())),
                Model::Dockerfile(d) => snap.dockerfiles.push((rel.clone(), d.clone())),
                Model::Compose(c) => snap.compose.push((rel.clone(), c.clone())),
                Model::Other => snap.other += 1,
            }
        }
        snap
    }

    pub fn status(&self) -> Value {
        let phase = *lock(&self.progress.phase);
        let total = self.progress.total.load(Ordering::Relaxed);
        let done = self.progress.done.load(Ordering::Relaxed);
        let built = *lock(&self.progress.built);
        json!({
            "state": if phase == "ready" { "ready" } else if phase == "failed" { "failed" } else { "indexing" },
            "phase": phase,
            "files_total": total,
            "files_done": done,
            "progress": if total == 0 { if phase == "ready" { 1.0 } else { 0.0 } } else { done as f64 / total as f64 },
            "build_ms": built.map(|(d, _)| d.as_millis() as u64),
            "files_remodelled": self.refreshed.load(Ordering::Relaxed),
            "error": lock(&self.progress.error).clone(),
            "project": self.root.display().to_string(),
        })
    }
}

/// Files reached through a symlink leading out of the project are not indexed.
fn keep_inside(root: &std::path::Path, files: &mut Vec<SourceFile>) {
    files.retain(|f| f.path.canonicalize().is_ok_and(|c| c.starts_with(root)));
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
fn read<T>(m: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(|p| p.into_inner())
}
fn write<T>(m: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(|p| p.into_inner())
}

/// The models at one moment, sorted by path.
#[derive(Default)]
pub struct Snapshot {
    pub python: Vec<(String, Arc<FileModel>)>,
    /// Go files; each model's `module` is its package's import path.
    pub go: Vec<(String, Arc<FileModel>)>,
    pub dockerfiles: Vec<(String, Arc<Dockerfile>)>,
    pub compose: Vec<(String, Arc<ComposeFile>)>,
    pub other: usize,
}

/// A Python or Go definition.
#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub fqn: String,
    /// function_definition, method, constructor, special_method, class_definition
    pub kind: &'static str,
    /// python or go
    pub language: &'static str,
    pub file: String,
    pub module: String,
    pub line: u32,
    pub end_line: u32,
    /// The enclosing class, for methods.
    pub class: Option<String>,
}

impl Symbol {
    pub fn json(&self) -> Value {
        json!({
            "name": self.name,
            "fqn": self.fqn,
            "type": self.kind,
            "language": self.language,
            "file": self.file,
            "module": self.module,
            "line": self.line,
            "end_line": self.end_line,
            "class": self.class,
        })
    }
}

/// One call site with the function (or module) it is in.
#[derive(Debug, Clone)]
pub struct Call {
    /// FQN of the enclosing function, or the module name for module-level code.
    pub caller: String,
    pub caller_is_module: bool,
    pub file: String,
    pub index: usize,
    pub line: u32,
    pub column: u32,
    /// The callee as written.
    pub callee: String,
    /// Resolved FQN, or the text as written.
    pub target: String,
    pub resolved: bool,
}

impl Snapshot {
    /// Python and Go files with their language name.
    pub fn code(&self) -> impl Iterator<Item = (&'static str, &String, &Arc<FileModel>)> {
        let python = self.python.iter().map(|(r, m)| ("python", r, m));
        python.chain(self.go.iter().map(|(r, m)| ("go", r, m)))
    }

    pub fn symbols(&self) -> Vec<Symbol> {
        let mut out = Vec::new();
        for (language, rel, m) in self.code() {
            for s in &m.scopes {
                if !matches!(s.kind, ScopeKind::Class | ScopeKind::Function)
                    || s.qualname.is_empty()
                {
                    continue;
                }
                let name = s.qualname.rsplit('.').next().unwrap_or(&s.qualname);
                let parent = s.parent.and_then(|p| m.scopes.get(p as usize));
                let in_class = parent.is_some_and(|p| p.kind == ScopeKind::Class);
                // Go methods are `Type.Method` at package level.
                let go_type = (language == "go")
                    .then(|| s.qualname.rsplit_once('.').map(|(t, _)| t))
                    .flatten();
                let kind = match s.kind {
                    ScopeKind::Class => "class_definition",
                    _ if go_type.is_some() => "method",
                    _ if in_class && name == "__init__" => "constructor",
                    _ if in_class && name.starts_with("__") && name.ends_with("__") => {
                        "special_method"
                    }
                    _ if in_class => "method",
                    _ => "function_definition",
                };
                let class = match go_type {
                    Some(t) => Some(qualified(&m.module, t)),
                    None => in_class
                        .then(|| qualified(&m.module, parent.map_or("", |p| p.qualname.as_str()))),
                };
                out.push(Symbol {
                    name: name.to_string(),
                    fqn: qualified(&m.module, &s.qualname),
                    kind,
                    language,
                    file: rel.clone(),
                    module: m.module.clone(),
                    line: m.lines.line(s.span.start),
                    end_line: m.lines.line(s.span.end.saturating_sub(1).max(s.span.start)),
                    class,
                });
            }
        }
        out
    }

    /// Every call (and bare decorator) in the project's Python and Go files.
    pub fn calls(&self, functions: &HashMap<String, ()>) -> Vec<Call> {
        let mut out = Vec::new();
        for (language, rel, m) in self.code() {
            for (i, c) in m.calls.iter().enumerate() {
                if !matches!(c.kind, CallKind::Call | CallKind::Decorator) {
                    continue;
                }
                // The nearest enclosing function: calls in lambdas and comprehensions belong to it.
                let mut scope = m.scopes.get(c.scope as usize);
                while let Some(s) = scope {
                    if s.kind == ScopeKind::Function || s.kind == ScopeKind::Module {
                        break;
                    }
                    scope = s.parent.and_then(|p| m.scopes.get(p as usize));
                }
                let (caller, caller_is_module) = match scope {
                    Some(s) if s.kind == ScopeKind::Function => {
                        (qualified(&m.module, &s.qualname), false)
                    }
                    _ => (m.module.clone(), true),
                };
                let mut target = c.fqn.clone().unwrap_or_else(|| c.callee.clone());
                if language == "go" && !functions.contains_key(&target) {
                    // Go resolves calls within the package (`helper()`, `s.Start()` with `s *Server`)
                    // without the package path: add it when that names a function of the package.
                    let local = qualified(&m.module, &target);
                    if functions.contains_key(&local) {
                        target = local;
                    }
                }
                let (line, column) = m.lines.position(&m.source, c.span.start);
                out.push(Call {
                    caller,
                    caller_is_module,
                    file: rel.clone(),
                    index: i,
                    line,
                    column,
                    callee: c.callee.clone(),
                    resolved: functions.contains_key(&target),
                    target,
                });
            }
        }
        out
    }

    /// The Python or Go model of a project file.
    pub fn code_model(&self, rel: &str) -> Option<&Arc<FileModel>> {
        self.code().find(|(_, r, _)| *r == rel).map(|(_, _, m)| m)
    }
}

/// True when `query` names `fqn`: the FQN itself, or its last one or more dotted segments
/// (`start`, `Server.start`).
pub fn names(fqn: &str, query: &str) -> bool {
    let q = query.trim();
    !q.is_empty() && (fqn == q || fqn.ends_with(&format!(".{q}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(rel: &str, root: &Path) -> SourceFile {
        SourceFile {
            path: root.join(rel),
            rel: rel.to_string(),
            language: Language::Go,
            size: 0,
        }
    }

    #[test]
    fn go_packages_follow_the_nearest_go_mod() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("svc/inner")).unwrap();
        std::fs::create_dir_all(root.join("tools/gen")).unwrap();
        std::fs::write(
            root.join("go.mod"),
            "module example.com/shop // main\n\ngo 1.22\n",
        )
        .unwrap();
        std::fs::write(root.join("tools/go.mod"), "module \"example.com/tools\"\n").unwrap();
        let pkg = |rel: &str| go_package(root, &source(rel, root), "package x\n");
        assert_eq!(pkg("main.go"), "example.com/shop");
        assert_eq!(pkg("svc/inner/a.go"), "example.com/shop/svc/inner");
        assert_eq!(pkg("tools/gen/g.go"), "example.com/tools/gen");
        // Without a go.mod: the directory, or the package clause at the root.
        let bare = tempfile::tempdir().unwrap();
        let b = bare.path();
        assert_eq!(
            go_package(b, &source("cmd/x.go", b), "package main\n"),
            "cmd"
        );
        assert_eq!(
            go_package(b, &source("x.go", b), "// hi\npackage web\n"),
            "web"
        );
        assert_eq!(go_mod_module("modules x\n"), None);
    }
}
