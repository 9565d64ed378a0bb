//! Loading configuration from project directories.

use std::fs;
use std::path::Path;

use pathfinder_workspace::{load_config, Config};

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, contents) in files {
        fs::write(dir.path().join(name), contents).unwrap();
    }
    dir
}

fn load(dir: &Path) -> Config {
    load_config(dir).unwrap().expect("a configuration").config
}

#[test]
fn no_config_files() {
    let dir = project(&[]);
    assert_eq!(load_config(dir.path()).unwrap(), None);
}

#[test]
fn pathfinder_toml() {
    let dir = project(&[(
        "pathfinder.toml",
        "rulesets = [\"owasp\"]\nexclude = [\"build\", \"docs/**\"]\nfail-on = \"high,critical\"\nskip-tests = true\nthreads = 2\n",
    )]);
    let loaded = load_config(dir.path()).unwrap().unwrap();
    assert_eq!(loaded.path, dir.path().join("pathfinder.toml"));
    assert_eq!(
        loaded.config,
        Config {
            rulesets: vec!["owasp".into()],
            exclude: vec!["build".into(), "docs/**".into()],
            fail_on: vec!["high".into(), "critical".into()],
            skip_tests: Some(true),
            threads: Some(2),
            ..Config::default()
        }
    );
}

#[test]
fn empty_pathfinder_toml_still_counts() {
    let dir = project(&[("pathfinder.toml", "# defaults\n")]);
    let loaded = load_config(dir.path()).unwrap().unwrap();
    assert_eq!(loaded.path, dir.path().join("pathfinder.toml"));
    assert_eq!(loaded.config, Config::default());
}

#[test]
fn pyproject_tool_table() {
    let dir = project(&[(
        "pyproject.toml",
        r#"
[project]
name = "demo"
dependencies = ["flask"]

[tool.black]
line-length = 100

[tool.pathfinder]
rules = ["PF-PY-001", "PF-PY-002"]
fail_on = ["medium"]
skip_tests = false
output = "json"
include = "src"
"#,
    )]);
    let loaded = load_config(dir.path()).unwrap().unwrap();
    assert_eq!(loaded.path, dir.path().join("pyproject.toml"));
    assert_eq!(
        loaded.config,
        Config {
            rules: vec!["PF-PY-001".into(), "PF-PY-002".into()],
            fail_on: vec!["medium".into()],
            skip_tests: Some(false),
            output: Some("json".into()),
            include: vec!["src".into()],
            ..Config::default()
        }
    );
}

#[test]
fn pyproject_without_our_table() {
    let dir = project(&[("pyproject.toml", "[tool.ruff]\nline-length = 88\n")]);
    assert_eq!(load_config(dir.path()).unwrap(), None);
}

#[test]
fn pathfinder_toml_wins_over_pyproject() {
    let dir = project(&[
        ("pathfinder.toml", "rules = \"A\"\n"),
        ("pyproject.toml", "[tool.pathfinder]\nrules = \"B\"\n"),
    ]);
    assert_eq!(load(dir.path()).rules, ["A"]);
}

#[test]
fn bad_toml_names_file_and_line() {
    let dir = project(&[("pathfinder.toml", "rules = [\"a\"]\n\nexclude = [\"b\"\n")]);
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.path, dir.path().join("pathfinder.toml"));
    assert!(err.line.is_some_and(|line| line >= 3), "{err}");
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}:", err.path.display())),
        "{shown}"
    );
}

#[test]
fn bad_toml_in_pyproject_names_pyproject() {
    let dir = project(&[("pyproject.toml", "[project]\nname = \n")]);
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.path, dir.path().join("pyproject.toml"));
    assert_eq!(err.line, Some(2), "{err}");
}

#[test]
fn unknown_key_names_key_and_line() {
    let dir = project(&[("pathfinder.toml", "rules = []\nexclud = [\"x\"]\n")]);
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.line, Some(2), "{err}");
    assert!(err.message.contains("exclud"), "{err}");
}

#[test]
fn unknown_key_in_pyproject_table() {
    let dir = project(&[(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.pathfinder]\nfail_on = \"high\"\nseverity = \"low\"\n",
    )]);
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.path, dir.path().join("pyproject.toml"));
    assert_eq!(err.line, Some(6), "{err}");
    assert!(err.message.contains("severity"), "{err}");
}

#[test]
fn wrong_type_is_an_error() {
    let dir = project(&[("pathfinder.toml", "skip-tests = \"yes\"\n")]);
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.line, Some(1), "{err}");
    assert!(err.message.contains("bool"), "{err}");
}

#[test]
fn unreadable_config_is_an_error() {
    // A directory where the file should be cannot be read as one, even as root.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("pathfinder.toml")).unwrap();
    let err = load_config(dir.path()).unwrap_err();
    assert_eq!(err.path, dir.path().join("pathfinder.toml"));
    assert_eq!(err.line, None);
}
