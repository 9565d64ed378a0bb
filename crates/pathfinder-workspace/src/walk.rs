//! Finding the files to scan under a project root.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::sync::Arc;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use ignore::{DirEntry, WalkBuilder, WalkState};
use pathfinder_findings::Diagnostic;

use crate::lang::{classify, is_test_path, Language, TEST_DIRS};

const MIB: u64 = 1024 * 1024;

/// The default for [`WalkOptions::max_file_size`].
pub const DEFAULT_MAX_FILE_SIZE: u64 = 32 * MIB;

/// Directories never worth scanning: VCS metadata, caches, virtualenvs and installed packages.
pub const ALWAYS_SKIPPED_DIRS: &[&str] = &[
    "__pycache__",
    "node_modules",
    ".git",
    "venv",
    ".venv",
    "site-packages",
    ".mypy_cache",
    ".pytest_cache",
    ".tox",
    ".eggs",
];

/// What to walk and which files to keep.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    pub root: PathBuf,
    /// Globs; when non-empty, only files matching one of them are kept.
    pub include: Vec<String>,
    /// Globs; matching files and directories are dropped.
    pub exclude: Vec<String>,
    /// Leave out test code as defined by [`is_test_path`].
    pub skip_tests: bool,
    /// Honour `.gitignore`, `.ignore`, `.git/info/exclude` and the global git excludes file.
    pub respect_gitignore: bool,
    /// Larger files are skipped with a warning; 0 means no limit.
    pub max_file_size: u64,
    /// Walker threads; 0 picks a number automatically.
    pub threads: usize,
    /// Extra globs naming Dockerfiles (beyond the built-in names of [`classify`]).
    pub dockerfiles: Vec<String>,
    /// Extra globs naming compose files.
    pub compose_files: Vec<String>,
    /// Follow symlinks whose target lies outside the root (off by default, as in Ruff: a link to
    /// `/etc` or a home directory would put files from outside the project into the report).
    pub follow_external_symlinks: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            root: PathBuf::from("."),
            include: Vec::new(),
            exclude: Vec::new(),
            skip_tests: false,
            respect_gitignore: true,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            threads: 0,
            dockerfiles: Vec::new(),
            compose_files: Vec::new(),
            follow_external_symlinks: false,
        }
    }
}

/// A file to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as found on disk (the root joined with the path below it); use it to read the file.
    pub path: PathBuf,
    /// The path relative to the root, `/`-separated; use it in findings and diagnostics.
    pub rel: String,
    pub language: Language,
    pub size: u64,
}

#[derive(Debug, Clone, Default)]
pub struct WalkResult {
    /// Sorted by `rel`.
    pub files: Vec<SourceFile>,
    /// Problems that did not stop the walk (unreadable directories, symlink loops, oversized files, ...).
    pub warnings: Vec<Diagnostic>,
}

/// Why a walk could not start. Problems below the root are warnings in [`WalkResult`] instead.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("{}: no such file or directory", path.display())]
    RootNotFound { path: PathBuf },
    #[error("{}: cannot read: {error}", path.display())]
    RootUnreadable { path: PathBuf, error: io::Error },
    #[error("{}: not a regular file or directory", path.display())]
    UnsupportedRoot { path: PathBuf },
    #[error("invalid {kind} pattern `{pattern}`: {message}")]
    InvalidPattern {
        /// `"include"` or `"exclude"`.
        kind: &'static str,
        pattern: String,
        message: String,
    },
}

/// Lists the files to analyse under `opts.root`, sorted by relative path.
///
/// The walk is gitignore-aware (also outside git repositories), skips hidden entries and
/// [`ALWAYS_SKIPPED_DIRS`] (and any directory holding a `pyvenv.cfg`, i.e. a virtualenv), and follows
/// symlinks; symlink loops, unreadable directories and oversized files become warnings.
///
/// When the root is a file, it is the only result (with `rel` = its file name) as long as [`classify`]
/// recognises it: naming a file explicitly bypasses include/exclude, skip-tests and ignore files.
///
/// Errors only when the root is missing, unreadable or neither a file nor a directory, or when an
/// include/exclude glob does not parse.
pub fn walk(opts: &WalkOptions) -> Result<WalkResult, WalkError> {
    let root = &opts.root;
    let meta = fs::metadata(root).map_err(|error| match error.kind() {
        io::ErrorKind::NotFound => WalkError::RootNotFound { path: root.clone() },
        _ => WalkError::RootUnreadable {
            path: root.clone(),
            error,
        },
    })?;
    if meta.is_file() {
        return Ok(walk_single_file(root, meta.len(), opts.max_file_size));
    }
    if !meta.is_dir() {
        return Err(WalkError::UnsupportedRoot { path: root.clone() });
    }
    // The walker would only report this as a warning; an unreadable root means there is nothing to scan.
    fs::read_dir(root).map_err(|error| WalkError::RootUnreadable {
        path: root.clone(),
        error,
    })?;

    // Ignore files are read by the walker itself: refuse to let it open a FIFO or `/dev/zero` there.
    let mut gitignore = opts.respect_gitignore;
    let mut early = Vec::new();
    if gitignore {
        let canonical = fs::canonicalize(root).unwrap_or_else(|_| root.clone());
        for dir in canonical.ancestors() {
            if let Some((file, why)) = bad_ignore_file(dir) {
                // Inside the project the path is shown relative to the root, as everywhere else.
                let shown = file
                    .strip_prefix(&canonical)
                    .map(|rel| root.join(rel))
                    .unwrap_or(file);
                early.push(warning(
                    display_path(root, &shown),
                    format!("{why}; ignore files are not used in this scan"),
                ));
                gitignore = false;
            }
        }
    }
    let filters = Arc::new(Filters {
        root: root.clone(),
        canonical_root: fs::canonicalize(root).unwrap_or_else(|_| root.clone()),
        follow_external_symlinks: opts.follow_external_symlinks,
        respect_gitignore: gitignore,
        pruned: std::sync::Mutex::new(early),
        include: PathMatcher::new("include", &opts.include)?,
        exclude: PathMatcher::new("exclude", &opts.exclude)?,
        skip_tests: opts.skip_tests,
        max_file_size: opts.max_file_size,
        dockerfiles: PathMatcher::new("dockerfiles", &opts.dockerfiles)?,
        compose_files: PathMatcher::new("compose-files", &opts.compose_files)?,
    });

    let mut builder = WalkBuilder::new(root);
    builder
        .hidden(true)
        .parents(gitignore)
        .ignore(gitignore)
        .git_ignore(gitignore)
        .git_global(gitignore)
        .git_exclude(gitignore)
        .require_git(false)
        .follow_links(true)
        .threads(opts.threads);
    let dir_filters = Arc::clone(&filters);
    builder.filter_entry(move |entry| dir_filters.keep_entry(entry));

    let (tx, rx) = mpsc::channel();
    builder.build_parallel().run(|| {
        let tx = tx.clone();
        let filters = &filters;
        Box::new(move |result| {
            filters.visit(result, &tx);
            WalkState::Continue
        })
    });
    drop(tx);

    let mut out = WalkResult::default();
    out.warnings.extend(std::mem::take(
        &mut *filters.pruned.lock().unwrap_or_else(|e| e.into_inner()),
    ));
    for event in rx {
        match event {
            Event::File(file) => out.files.push(file),
            Event::Warning(diag) => out.warnings.push(diag),
        }
    }
    out.files.sort_by(|a, b| a.rel.cmp(&b.rel));
    out.warnings.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message))
    });
    out.warnings.dedup();
    Ok(out)
}

fn walk_single_file(path: &Path, size: u64, max_file_size: u64) -> WalkResult {
    let rel = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut out = WalkResult::default();
    match classify(&rel) {
        None => out.warnings.push(warning(
            rel,
            "not a Python, Dockerfile or Compose file, skipped".to_owned(),
        )),
        Some(_) if exceeds(size, max_file_size) => {
            out.warnings.push(too_large(rel, max_file_size));
        }
        Some(language) => out.files.push(SourceFile {
            path: path.to_path_buf(),
            rel,
            language,
            size,
        }),
    }
    out
}

enum Event {
    File(SourceFile),
    Warning(Diagnostic),
}

/// Everything the walker threads need to decide what to keep.
struct Filters {
    root: PathBuf,
    /// The root with symlinks resolved, to tell which link targets stay inside the project.
    canonical_root: PathBuf,
    follow_external_symlinks: bool,
    respect_gitignore: bool,
    /// Warnings about directories pruned in `keep_entry` (which has no channel).
    pruned: std::sync::Mutex<Vec<Diagnostic>>,
    include: PathMatcher,
    exclude: PathMatcher,
    skip_tests: bool,
    max_file_size: u64,
    dockerfiles: PathMatcher,
    compose_files: PathMatcher,
}

impl Filters {
    /// Built-in names first, then the configured container file globs.
    fn classify(&self, rel: &str) -> Option<Language> {
        classify(rel).or_else(|| {
            if !self.dockerfiles.empty && self.dockerfiles.matches(rel, false) {
                Some(Language::Dockerfile)
            } else if !self.compose_files.empty && self.compose_files.matches(rel, false) {
                Some(Language::Compose)
            } else {
                None
            }
        })
    }

    /// Prunes directories early so their contents are never read. Files are judged in `visit`,
    /// which can report warnings.
    fn keep_entry(&self, entry: &DirEntry) -> bool {
        if entry.depth() > 0 && entry.path_is_symlink() && !self.follow_external_symlinks {
            if let Some(target) = self.external_target(entry.path()) {
                self.prune(
                    entry.path(),
                    format!(
                        "symlink to {} outside the project, not followed (--follow-external-symlinks follows it)",
                        target.display()
                    ),
                );
                return false;
            }
        }
        if entry.depth() == 0 || !entry.file_type().is_some_and(|t| t.is_dir()) {
            return true;
        }
        if self.respect_gitignore {
            if let Some((file, why)) = bad_ignore_file(entry.path()) {
                self.prune(&file, format!("{why}; directory skipped"));
                return false;
            }
        }
        let name = entry.file_name().to_string_lossy();
        if ALWAYS_SKIPPED_DIRS.contains(&name.as_ref()) {
            return false;
        }
        if self.skip_tests && TEST_DIRS.contains(&name.as_ref()) {
            return false;
        }
        // Virtualenvs can have any name; this marker file is what identifies them.
        if entry.path().join("pyvenv.cfg").is_file() {
            return false;
        }
        !self
            .exclude
            .matches(&rel_path(&self.root, entry.path()), true)
    }

    /// Where the symlink `link` points when that is outside the root (`None`: inside, or dangling).
    fn external_target(&self, link: &Path) -> Option<PathBuf> {
        let target = fs::canonicalize(link).ok()?;
        (!target.starts_with(&self.canonical_root)).then_some(target)
    }

    fn prune(&self, path: &Path, message: String) {
        let diag = warning(display_path(&self.root, path), message);
        self.pruned
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(diag);
    }

    fn visit(&self, result: Result<DirEntry, ignore::Error>, tx: &Sender<Event>) {
        let entry = match result {
            Ok(entry) => entry,
            Err(err) => return self.report(&err, tx),
        };
        // Problems reading this directory's ignore files.
        if let Some(err) = entry.error() {
            self.report(err, tx);
        }
        if entry.depth() == 0 {
            return;
        }
        match entry.file_type() {
            Some(t) if t.is_file() => {}
            // FIFOs would block a reader and devices never end: skipped, but said (with `-v`, every one).
            Some(t) if !t.is_dir() && !t.is_symlink() => {
                let rel = rel_path(&self.root, entry.path());
                let _ = tx.send(Event::Warning(warning(
                    rel,
                    format!(
                        "not a regular file ({}), skipped",
                        crate::source::file_kind(&t)
                    ),
                )));
                return;
            }
            _ => return,
        }
        let rel = rel_path(&self.root, entry.path());
        let Some(language) = self.classify(&rel) else {
            return;
        };
        if !self.keep_file(&rel) {
            return;
        }
        let size = match entry.metadata() {
            Ok(meta) => meta.len(),
            Err(err) => return self.report(&err, tx),
        };
        let event = if exceeds(size, self.max_file_size) {
            Event::Warning(too_large(rel, self.max_file_size))
        } else {
            Event::File(SourceFile {
                path: entry.into_path(),
                rel,
                language,
                size,
            })
        };
        // The receiver outlives the walk, so sending cannot fail.
        let _ = tx.send(event);
    }

    fn keep_file(&self, rel: &str) -> bool {
        (self.include.is_empty() || self.include.matches(rel, false))
            && !self.exclude.matches(rel, false)
            && !(self.skip_tests && is_test_path(rel))
    }

    fn report(&self, err: &ignore::Error, tx: &Sender<Event>) {
        let mut diags = Vec::new();
        self.flatten_error(err, None, None, &mut diags);
        for diag in diags {
            let _ = tx.send(Event::Warning(diag));
        }
    }

    /// Turns the walker's nested error into one warning per underlying problem, keeping path and line.
    fn flatten_error(
        &self,
        err: &ignore::Error,
        path: Option<&Path>,
        line: Option<u32>,
        out: &mut Vec<Diagnostic>,
    ) {
        let root = self.root.as_path();
        let diag = |message: String| Diagnostic {
            path: display_path(root, path.unwrap_or(root)),
            line,
            column: None,
            message,
        };
        match err {
            ignore::Error::Partial(errs) => {
                for err in errs {
                    self.flatten_error(err, path, line, out);
                }
            }
            ignore::Error::WithLineNumber { line, err } => {
                self.flatten_error(err, path, u32::try_from(*line).ok(), out);
            }
            ignore::Error::WithPath { path, err } => self.flatten_error(err, Some(path), line, out),
            ignore::Error::WithDepth { err, .. } => self.flatten_error(err, path, line, out),
            ignore::Error::Loop { ancestor, child } => {
                let target = match ancestor.strip_prefix(root) {
                    Ok(rel) if rel.as_os_str().is_empty() => "the root directory".to_owned(),
                    _ => display_path(root, ancestor),
                };
                out.push(warning(
                    display_path(root, child),
                    format!("symlink loop: points back to {target}, not followed"),
                ));
            }
            ignore::Error::Io(io_err) => match path {
                Some(link) if io_err.kind() == io::ErrorKind::NotFound && link.is_symlink() => {
                    // Dangling links are only worth a word when they stand for a file we would scan.
                    let rel = rel_path(root, link);
                    if self.classify(&rel).is_some() && self.keep_file(&rel) {
                        out.push(diag("broken symlink, skipped".to_owned()));
                    }
                }
                _ => out.push(diag(format!("cannot read: {io_err}"))),
            },
            other => out.push(diag(other.to_string())),
        }
    }
}

/// Include/exclude globs, matched against a relative path and each of its directory prefixes.
struct PathMatcher {
    /// Match the path itself or any directory above it.
    any: GlobSet,
    /// Patterns written with a trailing `/` (and the directory of `dir/**`): only match directories.
    dirs: GlobSet,
    empty: bool,
}

impl PathMatcher {
    /// Patterns follow gitignore conventions: one without a `/` matches that name at any depth, one with
    /// a `/` is anchored at the root (a leading `/` or `./` is optional), a trailing `/` matches only
    /// directories, and `*` does not cross `/` while `**` does.
    fn new(kind: &'static str, patterns: &[String]) -> Result<Self, WalkError> {
        let mut any = GlobSetBuilder::new();
        let mut dirs = GlobSetBuilder::new();
        let mut empty = true;
        for raw in patterns {
            let mut pattern = raw.trim();
            pattern = pattern.strip_prefix("./").unwrap_or(pattern);
            let dir_only = pattern.ends_with('/');
            pattern = pattern.trim_end_matches('/');
            let anchored = pattern.contains('/');
            pattern = pattern.trim_start_matches('/');
            if pattern.is_empty() {
                continue;
            }
            let glob = |text: &str| {
                GlobBuilder::new(text)
                    .literal_separator(true)
                    .build()
                    .map_err(|err| WalkError::InvalidPattern {
                        kind,
                        pattern: raw.clone(),
                        message: err.kind().to_string(),
                    })
            };
            let text = if anchored {
                pattern.to_owned()
            } else {
                format!("**/{pattern}")
            };
            if dir_only {
                dirs.add(glob(&text)?);
            } else {
                any.add(glob(&text)?);
            }
            // `build/**` also names `build` itself, which lets the walker prune it.
            if let Some(dir) = text.strip_suffix("/**") {
                dirs.add(glob(dir)?);
            }
            empty = false;
        }
        let build = |set: GlobSetBuilder| {
            set.build().map_err(|err| WalkError::InvalidPattern {
                kind,
                pattern: patterns.join(", "),
                message: err.to_string(),
            })
        };
        Ok(PathMatcher {
            any: build(any)?,
            dirs: build(dirs)?,
            empty,
        })
    }

    fn is_empty(&self) -> bool {
        self.empty
    }

    fn matches(&self, rel: &str, is_dir: bool) -> bool {
        let matches_dir = |dir: &str| self.any.is_match(dir) || self.dirs.is_match(dir);
        rel.match_indices('/').any(|(i, _)| matches_dir(&rel[..i]))
            || self.any.is_match(rel)
            || (is_dir && self.dirs.is_match(rel))
    }
}

/// The first ignore file in `dir` the walker must not open (not a regular file, or huge), with the reason.
fn bad_ignore_file(dir: &Path) -> Option<(PathBuf, String)> {
    for name in [".gitignore", ".ignore", ".git/info/exclude"] {
        let path = dir.join(name);
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        if !meta.is_file() {
            let kind = crate::source::file_kind(&meta.file_type());
            return Some((path, format!("ignore file is {kind}, not read")));
        }
        if meta.len() > crate::source::MAX_SMALL_FILE {
            let limit = crate::source::MAX_SMALL_FILE / MIB;
            return Some((
                path,
                format!("ignore file is larger than {limit} MiB, not read"),
            ));
        }
    }
    None
}

fn exceeds(size: u64, max_file_size: u64) -> bool {
    max_file_size != 0 && size > max_file_size
}

fn too_large(rel: String, max_file_size: u64) -> Diagnostic {
    let limit = if max_file_size.is_multiple_of(MIB) {
        format!("{} MiB", max_file_size / MIB)
    } else {
        format!("{max_file_size} bytes")
    };
    warning(rel, format!("file is larger than {limit}, skipped"))
}

fn warning(path: String, message: String) -> Diagnostic {
    Diagnostic {
        path,
        line: None,
        column: None,
        message,
    }
}

/// `path` relative to `root`, `/`-separated.
fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// How diagnostics name a path: relative to the root when below it, as given otherwise.
fn display_path(root: &Path, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(rel) if rel.as_os_str().is_empty() => root.display().to_string(),
        Ok(_) => rel_path(root, path),
        Err(_) => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(patterns: &[&str]) -> PathMatcher {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        PathMatcher::new("exclude", &patterns).unwrap()
    }

    #[test]
    fn bare_names_match_at_any_depth() {
        let m = matcher(&["build"]);
        assert!(m.matches("build/x.py", false));
        assert!(m.matches("src/build/x.py", false));
        assert!(m.matches("build", true));
        assert!(!m.matches("builder/x.py", false));
        let m = matcher(&["*.py"]);
        assert!(m.matches("a.py", false));
        assert!(m.matches("a/b/c.py", false));
        assert!(!m.matches("Dockerfile", false));
    }

    #[test]
    fn patterns_with_a_slash_are_anchored() {
        let m = matcher(&["src/gen"]);
        assert!(m.matches("src/gen/a.py", false));
        assert!(!m.matches("lib/src/gen/a.py", false));
        let m = matcher(&["/build"]);
        assert!(m.matches("build/a.py", false));
        assert!(!m.matches("src/build/a.py", false));
        let m = matcher(&["src/*.py"]);
        assert!(m.matches("src/a.py", false));
        assert!(!m.matches("src/sub/a.py", false), "`*` must not cross `/`");
    }

    #[test]
    fn double_star_patterns() {
        let m = matcher(&["build/**"]);
        assert!(m.matches("build/a.py", false));
        assert!(m.matches("build/x/y/a.py", false));
        assert!(m.matches("build", true), "the directory itself is pruned");
        assert!(!m.matches("build", false));
        let m = matcher(&["**/generated/*.py"]);
        assert!(m.matches("generated/a.py", false));
        assert!(m.matches("x/y/generated/a.py", false));
        assert!(!m.matches("x/generated/sub/a.py", false));
    }

    #[test]
    fn trailing_slash_matches_directories_only() {
        let m = matcher(&["out/"]);
        assert!(m.matches("out/a.py", false));
        assert!(m.matches("x/out", true));
        assert!(!m.matches("x/out", false));
    }

    #[test]
    fn empty_patterns_are_ignored() {
        assert!(matcher(&[]).is_empty());
        assert!(matcher(&["", " ", "/"]).is_empty());
        assert!(!matcher(&["a"]).is_empty());
    }

    #[test]
    fn invalid_glob_is_an_error() {
        let err = PathMatcher::new("exclude", &["a[".to_owned()])
            .err()
            .unwrap();
        assert!(matches!(
            err,
            WalkError::InvalidPattern {
                kind: "exclude",
                ..
            }
        ));
        assert!(err.to_string().contains("a["), "{err}");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(rel_path(Path::new("."), Path::new("./a/b.py")), "a/b.py");
        assert_eq!(rel_path(Path::new("/p"), Path::new("/p/a/b.py")), "a/b.py");
        assert_eq!(display_path(Path::new("/p"), Path::new("/q/x")), "/q/x");
        assert_eq!(display_path(Path::new("/p"), Path::new("/p")), "/p");
    }

    #[test]
    fn size_limit_text() {
        assert_eq!(
            too_large("a".into(), 32 * MIB).message,
            "file is larger than 32 MiB, skipped"
        );
        assert_eq!(
            too_large("a".into(), 10).message,
            "file is larger than 10 bytes, skipped"
        );
        assert!(!exceeds(u64::MAX, 0));
        assert!(exceeds(11, 10));
        assert!(!exceeds(10, 10));
    }
}
