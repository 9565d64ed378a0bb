//! Diff awareness against real git repositories in temp dirs.

use pathfinder_ci::{DiffScope, RepoLocation};
use std::fs;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

fn commit(dir: &Path, msg: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", msg]);
}

fn numbered(n: u32) -> String {
    (1..=n).map(|i| format!("line_{i} = {i}\n")).collect()
}

/// main: project `svc/` with several files, plus a file outside the project. feature: edits, a renamed and
/// edited file, a pure rename, a deletion, a binary file, a name with spaces and non-ASCII, and a change
/// outside the project. main then moves on with its own change, which must not count.
fn repo() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    git(d, &["init", "-q"]);
    git(d, &["symbolic-ref", "HEAD", "refs/heads/main"]);
    write(d, "svc/edit.py", numbered(20).as_bytes());
    write(d, "svc/move_edit.py", numbered(30).as_bytes());
    write(d, "svc/pure_move.py", numbered(5).as_bytes());
    write(d, "svc/gone.py", b"x = 1\n");
    write(d, "svc/later_on_main.py", b"a = 1\n");
    write(d, "other/outside.py", b"o = 1\n");
    commit(d, "base");
    git(d, &["checkout", "-q", "-b", "feature"]);
    let mut edited = numbered(20).replace("line_3 = 3\n", "changed = 3\n");
    edited.push_str("added_21 = 1\nadded_22 = 2\n");
    write(d, "svc/edit.py", edited.as_bytes());
    fs::create_dir_all(d.join("svc/pkg")).unwrap();
    git(d, &["mv", "svc/move_edit.py", "svc/pkg/moved.py"]);
    write(
        d,
        "svc/pkg/moved.py",
        numbered(30)
            .replace("line_10 = 10\n", "ten = 10\n")
            .as_bytes(),
    );
    git(d, &["mv", "svc/pure_move.py", "svc/renamed.py"]);
    fs::remove_file(d.join("svc/gone.py")).unwrap();
    write(d, "svc/data.bin", &[0u8, 1, 2, 255, 0, 7]);
    write(d, "svc/with space é.py", b"s = 1\n");
    write(d, "other/outside.py", b"o = 2\n");
    commit(d, "feature");
    git(d, &["checkout", "-q", "main"]);
    write(d, "svc/later_on_main.py", b"a = 2\n");
    commit(d, "main moves on");
    git(d, &["checkout", "-q", "feature"]);
    t
}

#[test]
fn changes_of_a_subdirectory_project_since_the_merge_base() {
    let t = repo();
    let loc = RepoLocation::find(&t.path().join("svc")).unwrap();
    assert_eq!(loc.prefix, "svc/");
    let c = loc.changes("main", "HEAD").unwrap();
    let files: Vec<&str> = c.files.keys().map(String::as_str).collect();
    assert_eq!(
        files,
        vec![
            "data.bin",
            "edit.py",
            "pkg/moved.py",
            "renamed.py",
            "with space é.py"
        ]
    );
    assert_eq!(c.files["edit.py"].ranges(), &[(3, 3), (21, 22)]);
    assert_eq!(c.files["pkg/moved.py"].ranges(), &[(10, 10)]);
    assert!(c.files["renamed.py"].is_empty());
    assert!(c.files["data.bin"].is_empty());
    assert_eq!(c.files["with space é.py"].ranges(), &[(1, 1)]);

    assert!(c.includes(DiffScope::Lines, "edit.py", 21, 21));
    assert!(
        c.includes(DiffScope::Lines, "edit.py", 1, 3),
        "a multi-line finding touching line 3"
    );
    assert!(!c.includes(DiffScope::Lines, "edit.py", 4, 20));
    assert!(c.includes(DiffScope::Files, "edit.py", 4, 20));
    assert!(c.includes(DiffScope::Files, "renamed.py", 1, 1));
    assert!(!c.includes(DiffScope::Lines, "renamed.py", 1, 1));
    assert!(
        !c.includes(DiffScope::Files, "later_on_main.py", 1, 1),
        "main's own change"
    );
    assert!(!c.includes(DiffScope::Files, "gone.py", 1, 1));
    assert_eq!(
        c.merge_base,
        git(t.path(), &["merge-base", "main", "feature"]).trim()
    );
}

#[test]
fn whole_repository_project_and_repository_paths() {
    let t = repo();
    let loc = RepoLocation::find(t.path()).unwrap();
    assert_eq!(loc.prefix, "");
    let c = loc.changes("main", "feature").unwrap();
    assert!(c.files.contains_key("other/outside.py"));
    assert!(c.files.contains_key("svc/edit.py"));
    let sub = RepoLocation::find(&t.path().join("svc")).unwrap();
    assert_eq!(sub.to_repo_path("pkg/moved.py"), "svc/pkg/moved.py");
    assert_eq!(sub.to_project_path("other/outside.py"), None);
}

#[test]
fn a_single_file_project_uses_its_directory() {
    let t = repo();
    let loc = RepoLocation::find(&t.path().join("svc/edit.py")).unwrap();
    assert_eq!(loc.prefix, "svc/");
}

#[test]
fn bad_revisions_and_missing_repositories_are_explained() {
    let t = repo();
    let loc = RepoLocation::find(t.path()).unwrap();
    let e = loc.changes("nope", "HEAD").unwrap_err();
    assert_eq!(e.to_string(), "\"nope\" is not a commit in this repository");
    assert!(loc.changes("--output=/dev/null", "HEAD").is_err());
    // A tree or blob is not a commit.
    let tree = git(t.path(), &["rev-parse", "HEAD^{tree}"]);
    assert!(loc.changes(tree.trim(), "HEAD").is_err());

    let plain = tempfile::tempdir().unwrap();
    let out = Command::new("git")
        .args(["-C"])
        .arg(plain.path())
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .unwrap();
    if !out.status.success() {
        // Only meaningful when the temp dir is not itself inside some repository.
        let e = RepoLocation::find(plain.path()).unwrap_err();
        assert!(
            e.to_string().contains("is not inside a git repository"),
            "{e}"
        );
    }
}

#[test]
fn unrelated_histories_have_no_merge_base() {
    let t = repo();
    let d = t.path();
    git(d, &["checkout", "-q", "--orphan", "island"]);
    git(d, &["rm", "-rq", "--cached", "."]);
    write(d, "island.py", b"i = 1\n");
    git(d, &["add", "island.py"]);
    git(d, &["commit", "-q", "-m", "island"]);
    let loc = RepoLocation::find(d).unwrap();
    let e = loc.changes("main", "island").unwrap_err();
    assert!(e.to_string().contains("no common ancestor"), "{e}");
}
