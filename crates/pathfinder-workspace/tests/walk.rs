//! End-to-end walks over real temporary directory trees.

use std::fs;
use std::path::{Path, PathBuf};

use pathfinder_workspace::{walk, Language, WalkError, WalkOptions, WalkResult};
use tempfile::TempDir;

/// Creates `files` (relative paths) under a fresh temporary directory.
fn project(files: &[&str]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in files {
        write(dir.path(), file, "x = 1\n");
    }
    dir
}

fn write(root: &Path, rel: &str, contents: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap();
}

fn options(root: &Path) -> WalkOptions {
    WalkOptions {
        root: root.to_path_buf(),
        ..WalkOptions::default()
    }
}

fn rels(result: &WalkResult) -> Vec<&str> {
    result.files.iter().map(|f| f.rel.as_str()).collect()
}

fn walk_rels(opts: &WalkOptions) -> Vec<String> {
    let result = walk(opts).unwrap();
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
    rels(&result).into_iter().map(str::to_owned).collect()
}

#[test]
fn finds_languages_sorted_and_ignores_other_files() {
    let dir = project(&[
        "z.py",
        "a/b.py",
        "README.md",
        "docker/Dockerfile",
        "compose.yaml",
        "lib.pyi",
        "empty.py",
    ]);
    write(dir.path(), "empty.py", "");
    let result = walk(&options(dir.path())).unwrap();
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
    assert_eq!(
        rels(&result),
        [
            "a/b.py",
            "compose.yaml",
            "docker/Dockerfile",
            "empty.py",
            "z.py"
        ]
    );
    let languages: Vec<Language> = result.files.iter().map(|f| f.language).collect();
    assert_eq!(
        languages,
        [
            Language::Python,
            Language::Compose,
            Language::Dockerfile,
            Language::Python,
            Language::Python
        ]
    );
    let b = &result.files[0];
    assert_eq!(b.path, dir.path().join("a").join("b.py"));
    assert_eq!(b.size, 6);
    assert_eq!(result.files[3].size, 0);
}

#[cfg(unix)]
#[test]
fn relative_root_gives_relative_paths() {
    let dir = project(&["pkg/m.py"]);
    // A root given relative to the current directory, like the CLI's default ".".
    let cwd = std::env::current_dir().unwrap();
    let rel_root = pathdiff(dir.path(), &cwd);
    let result = walk(&options(&rel_root)).unwrap();
    assert_eq!(rels(&result), ["pkg/m.py"]);
    assert!(result.files[0].path.is_file());
}

#[cfg(unix)]
/// `target` expressed relative to `base` via `..` components.
fn pathdiff(target: &Path, base: &Path) -> PathBuf {
    let mut rel = PathBuf::new();
    for _ in base.components().skip(1) {
        rel.push("..");
    }
    rel.join(target.strip_prefix("/").unwrap())
}

#[test]
fn skips_hidden_and_tooling_directories() {
    let dir = project(&[
        "app.py",
        ".git/hooks/pre.py",
        ".venv/lib/x.py",
        "venv/lib/x.py",
        ".tox/py/x.py",
        "__pycache__/x.py",
        "node_modules/pkg/x.py",
        "lib/site-packages/x.py",
        ".mypy_cache/x.py",
        ".pytest_cache/x.py",
        ".eggs/x.py",
        ".hidden.py",
        "myenv/lib/x.py",
    ]);
    write(dir.path(), "myenv/pyvenv.cfg", "home = /usr/bin\n");
    assert_eq!(walk_rels(&options(dir.path())), ["app.py"]);
}

#[test]
fn gitignore_is_respected_without_a_git_repo() {
    let dir = project(&[
        "keep.py",
        "ignored/a.py",
        "src/x.gen.py",
        "src/y.py",
        "dropped_by_ignore_file.py",
    ]);
    write(dir.path(), ".gitignore", "ignored/\n*.gen.py\n");
    write(dir.path(), ".ignore", "dropped_by_ignore_file.py\n");
    let opts = options(dir.path());
    assert_eq!(walk_rels(&opts), ["keep.py", "src/y.py"]);

    let all = WalkOptions {
        respect_gitignore: false,
        ..opts
    };
    assert_eq!(
        walk_rels(&all),
        [
            "dropped_by_ignore_file.py",
            "ignored/a.py",
            "keep.py",
            "src/x.gen.py",
            "src/y.py"
        ]
    );
}

#[test]
fn nested_gitignore_and_git_info_exclude() {
    let dir = project(&["a.py", "sub/b.py", "sub/c.py", "excluded.py"]);
    fs::create_dir_all(dir.path().join(".git/info")).unwrap();
    write(dir.path(), ".git/info/exclude", "excluded.py\n");
    write(dir.path(), "sub/.gitignore", "c.py\n");
    assert_eq!(walk_rels(&options(dir.path())), ["a.py", "sub/b.py"]);
}

#[test]
fn bad_ignore_file_lines_are_warnings_with_line_numbers() {
    let dir = project(&["a.py", "skip.py", "sub/b.py"]);
    write(dir.path(), ".gitignore", "skip.py\nbad{glob\n");
    let result = walk(&options(dir.path())).unwrap();
    assert_eq!(rels(&result), ["a.py", "sub/b.py"]);
    assert_eq!(result.warnings.len(), 1, "{:?}", result.warnings);
    let warning = &result.warnings[0];
    assert_eq!(
        (warning.path.as_str(), warning.line),
        (".gitignore", Some(2))
    );
    assert!(warning.message.contains("bad{glob"), "{}", warning.message);
}

#[test]
fn exclude_variants() {
    let dir = project(&[
        "app.py",
        "build/out.py",
        "src/build/out.py",
        "src/generated/g.py",
        "src/generated/deep/g.py",
        "src/main.py",
        "Dockerfile",
    ]);
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["build"],
            &[
                "Dockerfile",
                "app.py",
                "src/generated/deep/g.py",
                "src/generated/g.py",
                "src/main.py",
            ],
        ),
        (
            &["build/**"],
            &[
                "Dockerfile",
                "app.py",
                "src/build/out.py",
                "src/generated/deep/g.py",
                "src/generated/g.py",
                "src/main.py",
            ],
        ),
        (
            &["**/generated/*.py"],
            &[
                "Dockerfile",
                "app.py",
                "build/out.py",
                "src/build/out.py",
                "src/generated/deep/g.py",
                "src/main.py",
            ],
        ),
        (&["*.py"], &["Dockerfile"]),
        (&["src", "Dockerfile"], &["app.py", "build/out.py"]),
        (
            &["/build/"],
            &[
                "Dockerfile",
                "app.py",
                "src/build/out.py",
                "src/generated/deep/g.py",
                "src/generated/g.py",
                "src/main.py",
            ],
        ),
    ];
    for (exclude, expected) in cases {
        let opts = WalkOptions {
            exclude: exclude.iter().map(|s| s.to_string()).collect(),
            ..options(dir.path())
        };
        assert_eq!(walk_rels(&opts), *expected, "exclude {exclude:?}");
    }
}

#[test]
fn include_variants() {
    let dir = project(&[
        "app.py",
        "src/a.py",
        "src/sub/b.py",
        "lib/src/c.py",
        "Dockerfile",
    ]);
    let cases: &[(&[&str], &[&str])] = &[
        (&["src"], &["lib/src/c.py", "src/a.py", "src/sub/b.py"]),
        (&["/src"], &["src/a.py", "src/sub/b.py"]),
        (&["src/*.py"], &["src/a.py"]),
        (
            &["*.py"],
            &["app.py", "lib/src/c.py", "src/a.py", "src/sub/b.py"],
        ),
        (&["Dockerfile", "app.py"], &["Dockerfile", "app.py"]),
        (&["nothing"], &[]),
    ];
    for (include, expected) in cases {
        let opts = WalkOptions {
            include: include.iter().map(|s| s.to_string()).collect(),
            ..options(dir.path())
        };
        assert_eq!(walk_rels(&opts), *expected, "include {include:?}");
    }
}

#[test]
fn exclude_wins_over_include() {
    let dir = project(&["src/a.py", "src/gen/b.py"]);
    let opts = WalkOptions {
        include: vec!["src".into()],
        exclude: vec!["gen".into()],
        ..options(dir.path())
    };
    assert_eq!(walk_rels(&opts), ["src/a.py"]);
}

#[test]
fn invalid_glob_is_an_error() {
    let dir = project(&["a.py"]);
    let opts = WalkOptions {
        include: vec!["src/[".into()],
        ..options(dir.path())
    };
    assert!(matches!(
        walk(&opts),
        Err(WalkError::InvalidPattern {
            kind: "include",
            ..
        })
    ));
}

const TEST_TREE: &[&str] = &[
    "app.py",
    "setup.py",
    "__main__.py",
    "_private/x.py",
    "_internal/util.py",
    "pkg/test_views.py",
    "pkg/views_test.py",
    "pkg/tests.py",
    "conftest.py",
    "tests/helpers.py",
    "pkg/test/util.py",
    "testing/fixtures.py",
    "tests/Dockerfile",
    "pkg/testutils.py",
];

#[test]
fn skip_tests_drops_only_test_code() {
    let dir = project(TEST_TREE);
    let opts = WalkOptions {
        skip_tests: true,
        ..options(dir.path())
    };
    assert_eq!(
        walk_rels(&opts),
        [
            "__main__.py",
            "_internal/util.py",
            "_private/x.py",
            "app.py",
            "pkg/testutils.py",
            "setup.py"
        ]
    );
    let all = WalkOptions {
        skip_tests: false,
        ..opts
    };
    assert_eq!(walk_rels(&all).len(), TEST_TREE.len());
}

#[test]
fn skip_tests_ignores_where_the_project_lives() {
    let outer = tempfile::tempdir().unwrap();
    let root = outer.path().join("tests").join("fixtures").join("proj");
    for file in ["app.py", "test_app.py", "tests/t.py"] {
        write(&root, file, "x = 1\n");
    }
    let opts = WalkOptions {
        skip_tests: true,
        ..options(&root)
    };
    assert_eq!(walk_rels(&opts), ["app.py"]);
}

#[test]
fn oversized_files_are_skipped_with_a_warning() {
    let dir = project(&["small.py"]);
    write(dir.path(), "big.py", &"#".repeat(100));
    let opts = WalkOptions {
        max_file_size: 50,
        ..options(dir.path())
    };
    let result = walk(&opts).unwrap();
    assert_eq!(rels(&result), ["small.py"]);
    assert_eq!(result.warnings.len(), 1);
    assert_eq!(result.warnings[0].path, "big.py");
    assert_eq!(
        result.warnings[0].message,
        "file is larger than 50 bytes, skipped"
    );

    let mib = WalkOptions {
        max_file_size: 1024 * 1024,
        ..options(dir.path())
    };
    write(dir.path(), "big.py", &"#".repeat(1024 * 1024 + 1));
    let result = walk(&mib).unwrap();
    assert_eq!(
        result.warnings[0].message,
        "file is larger than 1 MiB, skipped"
    );
}

#[test]
fn missing_root_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let err = walk(&options(&missing)).unwrap_err();
    assert!(matches!(err, WalkError::RootNotFound { .. }), "{err:?}");
    assert!(err.to_string().contains("nope"), "{err}");
}

#[test]
fn file_root_is_the_only_file() {
    let dir = project(&["tests/test_one.py", "other.py"]);
    let file = dir.path().join("tests/test_one.py");
    // Filters do not apply to a file named explicitly.
    let opts = WalkOptions {
        skip_tests: true,
        exclude: vec!["*.py".into()],
        ..options(&file)
    };
    let result = walk(&opts).unwrap();
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
    assert_eq!(rels(&result), ["test_one.py"]);
    assert_eq!(result.files[0].path, file);
    assert_eq!(result.files[0].language, Language::Python);

    write(dir.path(), "notes.txt", "hi");
    let result = walk(&options(&dir.path().join("notes.txt"))).unwrap();
    assert!(result.files.is_empty());
    assert_eq!(result.warnings[0].path, "notes.txt");
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};

    #[test]
    fn symlink_loops_are_warnings() {
        let dir = project(&["a.py", "sub/b.py"]);
        symlink("..", dir.path().join("sub/up")).unwrap();
        symlink(".", dir.path().join("self")).unwrap();
        let result = walk(&options(dir.path())).unwrap();
        assert_eq!(rels(&result), ["a.py", "sub/b.py"]);
        let mut loops: Vec<&str> = result
            .warnings
            .iter()
            .filter(|w| w.message.contains("symlink loop"))
            .map(|w| w.path.as_str())
            .collect();
        loops.sort();
        assert_eq!(loops, ["self", "sub/up"], "{:?}", result.warnings);
        assert!(result
            .warnings
            .iter()
            .all(|w| w.message == "symlink loop: points back to the root directory, not followed"));
    }

    #[test]
    fn symlinks_are_followed() {
        let dir = project(&["real/m.py"]);
        let outside = project(&["ext.py"]);
        symlink(dir.path().join("real"), dir.path().join("linked")).unwrap();
        symlink(outside.path().join("ext.py"), dir.path().join("ext.py")).unwrap();
        symlink(
            dir.path().join("missing.py"),
            dir.path().join("dangling.py"),
        )
        .unwrap();
        // Dangling links that would not be scanned anyway are not worth a warning.
        symlink(dir.path().join("missing.so"), dir.path().join("lib.so")).unwrap();
        // A link leaving the project is not followed by default (a warning says so) ...
        let result = walk(&options(dir.path())).unwrap();
        assert_eq!(rels(&result), ["linked/m.py", "real/m.py"]);
        let mut warned: Vec<&str> = result.warnings.iter().map(|w| w.path.as_str()).collect();
        warned.sort_unstable();
        assert_eq!(warned, ["dangling.py", "ext.py"], "{:?}", result.warnings);
        assert!(result
            .warnings
            .iter()
            .any(|w| w.path == "dangling.py" && w.message == "broken symlink, skipped"));
        // ... and is followed when asked.
        let result = walk(&WalkOptions {
            follow_external_symlinks: true,
            ..options(dir.path())
        })
        .unwrap();
        assert_eq!(rels(&result), ["ext.py", "linked/m.py", "real/m.py"]);
        assert_eq!(result.files[0].size, 6, "size of the target, not the link");
    }

    /// Running as root, permissions do not stop reads; detect that instead of assuming either way.
    fn is_unreadable(path: &Path) -> bool {
        if path.is_dir() {
            fs::read_dir(path).is_err()
        } else {
            fs::read(path).is_err()
        }
    }

    #[test]
    fn unreadable_directory_is_a_warning() {
        let dir = project(&["a.py", "locked/secret.py", "z/ok.py"]);
        let locked = dir.path().join("locked");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        let blocked = is_unreadable(&locked);
        let result = walk(&options(dir.path()));
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        let result = result.unwrap();
        if blocked {
            assert_eq!(rels(&result), ["a.py", "z/ok.py"]);
            assert!(
                result
                    .warnings
                    .iter()
                    .any(|w| w.path == "locked" && w.message.contains("cannot read")),
                "{:?}",
                result.warnings
            );
        } else {
            assert_eq!(rels(&result), ["a.py", "locked/secret.py", "z/ok.py"]);
            assert!(result.warnings.is_empty(), "{:?}", result.warnings);
        }
    }

    #[test]
    fn unreadable_root_is_an_error() {
        let dir = project(&["a.py"]);
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o000)).unwrap();
        let blocked = is_unreadable(dir.path());
        let result = walk(&options(dir.path()));
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        if blocked {
            assert!(
                matches!(result, Err(WalkError::RootUnreadable { .. })),
                "{result:?}"
            );
        } else {
            assert_eq!(rels(&result.unwrap()), ["a.py"]);
        }
    }

    #[test]
    fn fifo_is_not_a_source_file() {
        let dir = project(&["a.py"]);
        let fifo = dir.path().join("pipe.py");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !status.is_ok_and(|s| s.success()) {
            // Without mkfifo there is nothing to test; say so rather than pass vacuously.
            eprintln!("mkfifo unavailable; fifo case not exercised");
            return;
        }
        let result = walk(&options(dir.path())).unwrap();
        assert_eq!(rels(&result), ["a.py"]);
        assert_eq!(result.warnings.len(), 1, "{:?}", result.warnings);
        assert_eq!(result.warnings[0].path, "pipe.py");
        assert!(
            result.warnings[0].message.contains("FIFO"),
            "{:?}",
            result.warnings
        );
        let err = walk(&options(&fifo)).unwrap_err();
        assert!(matches!(err, WalkError::UnsupportedRoot { .. }), "{err:?}");
    }
}
