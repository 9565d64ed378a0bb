//! Which files and lines a change touched, from git.
//!
//! git runs as a subprocess with an argument list (never a shell). Diffs are taken between the merge-base of
//! base and head and head itself, so commits that landed on the base branch after the branch point are not
//! counted as changes. Paths come out of git relative to the repository root and are mapped to the paths
//! findings use (relative to the scanned project, which may be a subdirectory of the repository).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What git said went wrong, already phrased for a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError(pub String);

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GitError {}

/// Inclusive 1-based line ranges on the new side of a diff, sorted and non-overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineSet(Vec<(u32, u32)>);

impl LineSet {
    pub fn from_ranges(mut ranges: Vec<(u32, u32)>) -> LineSet {
        ranges.retain(|(a, b)| a <= b);
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        LineSet(merged)
    }

    pub fn contains(&self, line: u32) -> bool {
        self.overlaps(line, line)
    }

    /// True when any line of `start..=end` is in the set.
    pub fn overlaps(&self, start: u32, end: u32) -> bool {
        let end = end.max(start);
        // First range that does not end before `start`.
        let i = self.0.partition_point(|&(_, b)| b < start);
        self.0.get(i).is_some_and(|&(a, _)| a <= end)
    }

    /// The first line of `start..=end` that is in the set.
    pub fn first_in(&self, start: u32, end: u32) -> Option<u32> {
        let end = end.max(start);
        let i = self.0.partition_point(|&(_, b)| b < start);
        let &(a, _) = self.0.get(i)?;
        let line = a.max(start);
        (line <= end).then_some(line)
    }

    pub fn ranges(&self) -> &[(u32, u32)] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// How findings are filtered against a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffScope {
    /// Keep findings that touch an added or modified line.
    Lines,
    /// Keep every finding in a changed file.
    Files,
}

impl std::str::FromStr for DiffScope {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lines" => Ok(DiffScope::Lines),
            "files" => Ok(DiffScope::Files),
            other => Err(format!(
                "invalid diff scope {other:?} (expected lines or files)"
            )),
        }
    }
}

/// The files a change added, modified or renamed (deleted files are gone, so they cannot have findings),
/// keyed by their path relative to the scanned project, with the lines added or modified in each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    pub base: String,
    pub head: String,
    pub merge_base: String,
    pub files: BTreeMap<String, LineSet>,
}

impl ChangeSet {
    /// Whether a finding at `file` lines `start..=end` belongs to the change.
    pub fn includes(&self, scope: DiffScope, file: &str, start: u32, end: u32) -> bool {
        match (self.files.get(file), scope) {
            (None, _) => false,
            (Some(_), DiffScope::Files) => true,
            (Some(lines), DiffScope::Lines) => lines.overlaps(start, end),
        }
    }
}

/// Where the project sits inside its git repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoLocation {
    /// The directory git commands run in.
    pub dir: PathBuf,
    /// The project's path relative to the repository root, `/`-separated, empty or ending in `/`.
    pub prefix: String,
}

impl RepoLocation {
    /// Finds the repository that contains `project` (a directory or a single file).
    pub fn find(project: &Path) -> Result<RepoLocation, GitError> {
        // A single-file project reports findings under the file's name, so its directory's prefix applies.
        let dir = if project.is_file() {
            project
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_path_buf()
        } else {
            project.to_path_buf()
        };
        let prefix = git(&dir, &["rev-parse", "--show-prefix"]).map_err(|e| {
            GitError(format!(
                "{} is not inside a git repository ({e})",
                project.display()
            ))
        })?;
        let prefix = prefix.trim_end_matches(['\n', '\r']).to_string();
        Ok(RepoLocation { dir, prefix })
    }

    /// Repository-relative path of a project-relative path.
    pub fn to_repo_path(&self, project_path: &str) -> String {
        format!("{}{}", self.prefix, project_path)
    }

    /// Project-relative path of a repository-relative path; `None` when it lies outside the project.
    pub fn to_project_path<'a>(&self, repo_path: &'a str) -> Option<&'a str> {
        repo_path.strip_prefix(self.prefix.as_str())
    }

    /// Resolves `rev` to a commit id, or explains that it is not a commit.
    pub fn resolve(&self, rev: &str) -> Result<String, GitError> {
        if rev.starts_with('-') {
            return Err(GitError(format!("invalid revision {rev:?}")));
        }
        let spec = format!("{rev}^{{commit}}");
        git(
            &self.dir,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &spec,
            ],
        )
        .map(|s| s.trim().to_string())
        .map_err(|_| GitError(format!("{rev:?} is not a commit in this repository")))
    }

    /// The changes between the merge-base of `base` and `head`, and `head`.
    pub fn changes(&self, base: &str, head: &str) -> Result<ChangeSet, GitError> {
        let base_id = self.resolve(base)?;
        let head_id = self.resolve(head)?;
        let merge_base = git(&self.dir, &["merge-base", &base_id, &head_id])
            .map(|s| s.trim().to_string())
            .map_err(|e| {
                GitError(format!(
                    "no common ancestor of {base:?} and {head:?} (a shallow clone needs more history: fetch-depth: 0) ({e})"
                ))
            })?;
        let diff = git_bytes(
            &self.dir,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "--unified=0",
                "-M",
                // User configuration must not change the format we parse.
                "--src-prefix=a/",
                "--dst-prefix=b/",
                &merge_base,
                &head_id,
                "--",
            ],
        )?;
        let mut files = BTreeMap::new();
        for (path, lines) in parse_diff(&String::from_utf8_lossy(&diff)) {
            if let Some(p) = self.to_project_path(&path) {
                files.insert(p.to_string(), lines);
            }
        }
        Ok(ChangeSet {
            base: base.to_string(),
            head: head.to_string(),
            merge_base,
            files,
        })
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    git_bytes(dir, args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// No git command we run should take this long; a hung one (a lock, a network filesystem) must not hold a
/// CI job until its own timeout.
const GIT_TIMEOUT: Duration = Duration::from_secs(120);

fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        // Never wait for a credential or pager prompt in CI.
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| GitError(format!("cannot run git: {e}")))?;
    // Both pipes are drained while waiting, so a large diff cannot block git on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < GIT_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(5))
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(GitError(format!(
                    "git {} did not finish within {} s",
                    args.iter()
                        .find(|a| !a.starts_with('-') && !a.contains('='))
                        .unwrap_or(&""),
                    GIT_TIMEOUT.as_secs()
                )));
            }
            Err(e) => return Err(GitError(format!("cannot run git: {e}"))),
        }
    };
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    if status.success() {
        Ok(out)
    } else {
        let msg = String::from_utf8_lossy(&err);
        let msg = msg.trim();
        Err(GitError(if msg.is_empty() {
            format!("git {} failed", args.first().copied().unwrap_or(""))
        } else {
            msg.lines().next().unwrap_or(msg).to_string()
        }))
    }
}

/// Parses `git diff --unified=0` output into (new path, added or modified lines) per file that still exists.
/// Renamed and binary files are listed with the lines git reports (none for a pure rename or a binary file);
/// deleted files are left out.
pub fn parse_diff(diff: &str) -> Vec<(String, LineSet)> {
    struct File {
        header_path: Option<String>,
        new_path: Option<String>,
        rename_to: Option<String>,
        deleted: bool,
        ranges: Vec<(u32, u32)>,
    }
    fn finish(f: File, out: &mut Vec<(String, LineSet)>) {
        if f.deleted {
            return;
        }
        if let Some(path) = f.new_path.or(f.rename_to).or(f.header_path) {
            out.push((path, LineSet::from_ranges(f.ranges)));
        }
    }

    let mut out = Vec::new();
    let mut cur: Option<File> = None;
    // Lines still to skip inside the current hunk: content lines can look like headers (`+++ x`, `diff --git`).
    let (mut old_left, mut new_left) = (0u32, 0u32);
    for line in diff.lines() {
        if old_left > 0 || new_left > 0 {
            match line.as_bytes().first() {
                Some(b'-') if old_left > 0 => {
                    old_left -= 1;
                    continue;
                }
                Some(b'+') if new_left > 0 => {
                    new_left -= 1;
                    continue;
                }
                Some(b'\\') => continue,
                // A malformed hunk: stop counting and read headers again.
                _ => (old_left, new_left) = (0, 0),
            }
        }
        if let Some(rest) = line.strip_prefix("diff --git ") {
            if let Some(f) = cur.take() {
                finish(f, &mut out);
            }
            cur = Some(File {
                header_path: header_new_path(rest),
                new_path: None,
                rename_to: None,
                deleted: false,
                ranges: Vec::new(),
            });
            continue;
        }
        if line.starts_with('\\') {
            continue;
        }
        let Some(f) = cur.as_mut() else { continue };
        if line.starts_with("deleted file mode") {
            f.deleted = true;
        } else if let Some(p) = line.strip_prefix("rename to ") {
            f.rename_to = Some(unquote(p));
        } else if let Some(p) = line.strip_prefix("+++ ") {
            // git ends names that contain a space with a tab, so the line's end is unambiguous.
            let p = if p.contains(' ') {
                p.strip_suffix('\t').unwrap_or(p)
            } else {
                p
            };
            if p == "/dev/null" {
                f.deleted = true;
            } else {
                let p = unquote(p);
                f.new_path = Some(p.strip_prefix("b/").map(str::to_string).unwrap_or(p));
            }
        } else if let Some(h) = line.strip_prefix("@@ ") {
            if let Some((old, new)) = hunk_counts(h) {
                if new.1 > 0 {
                    f.ranges.push((new.0, new.0.saturating_add(new.1 - 1)));
                }
                (old_left, new_left) = (old.1, new.1);
            }
        }
    }
    if let Some(f) = cur.take() {
        finish(f, &mut out);
    }
    out
}

/// `-a,b +c,d @@ ...` → ((a, b), (c, d)); a missing count means 1.
pub(crate) fn hunk_counts(h: &str) -> Option<((u32, u32), (u32, u32))> {
    let mut parts = h.split(' ');
    let old = parts.next()?.strip_prefix('-')?;
    let new = parts.next()?.strip_prefix('+')?;
    let range = |s: &str| -> Option<(u32, u32)> {
        match s.split_once(',') {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => Some((s.parse().ok()?, 1)),
        }
    };
    Some((range(old)?, range(new)?))
}

/// The new path from `a/X b/Y` in a `diff --git` header, used when no `+++` line follows (binary files,
/// mode-only changes). Unquoted names with spaces are ambiguous unless both sides are equal, which is the
/// only case without a `rename to` line.
fn header_new_path(rest: &str) -> Option<String> {
    if rest.starts_with('"') {
        // Quoted names: `"a/x y" "b/x y"` (or mixed with an unquoted one).
        let end = quoted_end(rest)?;
        let second = rest[end..].trim_start();
        let p = unquote(second);
        return Some(p.strip_prefix("b/").map(str::to_string).unwrap_or(p));
    }
    if rest.ends_with('"') {
        let start = rest.rfind(" \"")? + 1;
        let p = unquote(&rest[start..]);
        return Some(p.strip_prefix("b/").map(str::to_string).unwrap_or(p));
    }
    let body = rest.strip_prefix("a/")?;
    // "X b/X": the name is the first half when both halves agree.
    let n = body.len().checked_sub(3)? / 2;
    if body.is_char_boundary(n) && body[n..].starts_with(" b/") && body[..n] == body[n + 3..] {
        return Some(body[..n].to_string());
    }
    let (_, b) = body.rsplit_once(" b/")?;
    Some(b.to_string())
}

fn quoted_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Undoes git's C-style quoting of unusual path names (`"a/t\303\251st\tx.py"`); other names pass through.
pub fn unquote(s: &str) -> String {
    let Some(inner) = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return s.to_string();
    };
    let b = inner.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let c = b[i + 1];
        i += 2;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut digits = 1;
                while digits < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    digits += 1;
                }
                out.push(v as u8);
            }
            other => out.push(other),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(diff: &str) -> Vec<(String, Vec<(u32, u32)>)> {
        parse_diff(diff)
            .into_iter()
            .map(|(p, l)| (p, l.ranges().to_vec()))
            .collect()
    }

    #[test]
    fn modified_added_and_deleted_lines() {
        let diff = "diff --git a/app/x.py b/app/x.py\nindex 1..2 100644\n--- a/app/x.py\n+++ b/app/x.py\n@@ -3,0 +4,2 @@ def f():\n+a\n+b\n@@ -10 +12 @@\n-old\n+new\n@@ -20,3 +21,0 @@\n-x\n-y\n-z\n";
        assert_eq!(
            lines(diff),
            vec![("app/x.py".into(), vec![(4, 5), (12, 12)])]
        );
    }

    #[test]
    fn content_that_looks_like_headers_is_not_a_header() {
        // An added line "++ b/evil.py" shows as "+++ b/evil.py"; a removed "-- a" as "--- a".
        let diff = "diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,3 @@\n--- a\n-diff --git a/q b/q\n+++ b/evil.py\n+diff --git a/z b/z\n+@@ -1 +1 @@\n";
        assert_eq!(lines(diff), vec![("x.py".into(), vec![(1, 3)])]);
    }

    #[test]
    fn new_deleted_renamed_binary_and_quoted_files() {
        let diff = concat!(
            "diff --git a/new.py b/new.py\nnew file mode 100644\nindex 0..1\n--- /dev/null\n+++ b/new.py\n@@ -0,0 +1,3 @@\n+1\n+2\n+3\n",
            "diff --git a/gone.py b/gone.py\ndeleted file mode 100644\n--- a/gone.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-1\n-2\n",
            "diff --git a/old name.py b/new name.py\nsimilarity index 100%\nrename from old name.py\nrename to new name.py\n",
            "diff --git a/moved.py b/pkg/moved.py\nsimilarity index 90%\nrename from moved.py\nrename to pkg/moved.py\n--- a/moved.py\n+++ b/pkg/moved.py\n@@ -2 +2 @@\n-a\n+b\n",
            "diff --git a/img b/img.png\nBinary files a/img b/img.png differ\n",
            "diff --git a/logo.png b/logo.png\nnew file mode 100644\nBinary files /dev/null and b/logo.png differ\n",
            "diff --git \"a/t\\303\\251st\\tx.py\" \"b/t\\303\\251st\\tx.py\"\n--- \"a/t\\303\\251st\\tx.py\"\n+++ \"b/t\\303\\251st\\tx.py\"\n@@ -1 +1 @@\n-a\n+b\n",
            "diff --git a/with space.py b/with space.py\nold mode 100644\nnew mode 100755\n",
            "diff --git a/a b.py b/a b.py\n--- a/a b.py\t\n+++ b/a b.py\t\n@@ -1 +1 @@\n-a\n+b\n",
        );
        assert_eq!(
            lines(diff),
            vec![
                ("new.py".into(), vec![(1, 3)]),
                ("new name.py".into(), vec![]),
                ("pkg/moved.py".into(), vec![(2, 2)]),
                ("img.png".into(), vec![]),
                ("logo.png".into(), vec![]),
                ("t\u{e9}st\tx.py".into(), vec![(1, 1)]),
                ("with space.py".into(), vec![]),
                ("a b.py".into(), vec![(1, 1)]),
            ]
        );
    }

    #[test]
    fn no_newline_markers_are_skipped() {
        let diff = "diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -5 +5,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file\n";
        assert_eq!(lines(diff), vec![("x.py".into(), vec![(5, 6)])]);
    }

    #[test]
    fn line_sets() {
        let s = LineSet::from_ranges(vec![(10, 12), (1, 2), (3, 4), (20, 20), (5, 4)]);
        assert_eq!(s.ranges(), &[(1, 4), (10, 12), (20, 20)]);
        assert!(s.contains(4) && !s.contains(5) && s.contains(20));
        assert!(s.overlaps(6, 10) && !s.overlaps(13, 19));
        assert_eq!(s.first_in(8, 30), Some(10));
        assert_eq!(s.first_in(13, 19), None);
        assert_eq!(s.first_in(11, 11), Some(11));
    }

    #[test]
    fn scope_parsing() {
        assert_eq!("LINES".parse::<DiffScope>(), Ok(DiffScope::Lines));
        assert_eq!("files".parse::<DiffScope>(), Ok(DiffScope::Files));
        assert!("hunks".parse::<DiffScope>().is_err());
    }
}
