//! Which files pathfinder analyses, and which of them count as tests.

use std::fmt;

/// The kinds of source file pathfinder analyses, and so the languages rules are written for: one enum
/// for the walk, the rules, the engine and the registry. Every name a language has is written here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Python,
    Go,
    Dockerfile,
    Compose,
}

impl Language {
    pub const ALL: [Language; 4] = [
        Language::Python,
        Language::Go,
        Language::Dockerfile,
        Language::Compose,
    ];

    /// The file kind's name in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Dockerfile => "dockerfile",
            Language::Compose => "docker-compose",
            Language::Go => "go",
        }
    }

    /// The ruleset category users type and rule pages live under: `python/…`, `docker/…`,
    /// `docker-compose/…`, `go/…`.
    pub fn category(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Go => "go",
            Language::Dockerfile => "docker",
            Language::Compose => "docker-compose",
        }
    }

    /// The Markdown fence (and `language-*` class) name of the language's code.
    pub fn code_fence(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Go => "go",
            Language::Dockerfile => "dockerfile",
            Language::Compose => "yaml",
        }
    }

    /// The file name code in this language is analysed under when it has none (playground, MCP, LSP).
    pub fn example_file(self) -> &'static str {
        match self {
            Language::Python => "example.py",
            Language::Go => "example.go",
            Language::Dockerfile => "Dockerfile",
            Language::Compose => "docker-compose.yml",
        }
    }

    /// A language by any name it goes by (case-insensitive): its category, its file kind name, and the
    /// aliases `py`, `dockerfile`, `compose`, `golang`.
    pub fn parse(name: &str) -> Option<Language> {
        match name.trim().to_ascii_lowercase().as_str() {
            "python" | "py" => Some(Language::Python),
            "docker" | "dockerfile" => Some(Language::Dockerfile),
            "docker-compose" | "compose" => Some(Language::Compose),
            "go" | "golang" => Some(Language::Go),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language of a file, judged by its file name only (the last `/`-separated component).
///
/// - Python: `*.py`
/// - Dockerfile: `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`,
///   `Containerfile.*` (but not BuildKit's `*.dockerignore` companions)
/// - Compose: `compose.yaml`, `compose.yml`, `compose.*.yaml`, `compose.*.yml`, `docker-compose*.yml`,
///   `docker-compose*.yaml`
/// - Go: `*.go`, except under `vendor/` (copied dependencies) and `testdata/` (inputs the Go tool itself
///   ignores)
pub fn classify(rel_path: &str) -> Option<Language> {
    let name = file_name(rel_path);
    if name.len() > ".py".len() && name.ends_with(".py") {
        Some(Language::Python)
    } else if name.len() > ".go".len() && name.ends_with(".go") {
        let skipped = rel_path
            .split('/')
            .any(|dir| dir == "vendor" || dir == "testdata");
        (!skipped).then_some(Language::Go)
    } else if is_dockerfile(name) {
        Some(Language::Dockerfile)
    } else if is_compose(name) {
        Some(Language::Compose)
    } else {
        None
    }
}

fn file_name(rel_path: &str) -> &str {
    rel_path.rsplit('/').next().unwrap_or(rel_path)
}

fn is_dockerfile(name: &str) -> bool {
    // `Dockerfile.dockerignore` is the per-Dockerfile ignore list, not a Dockerfile.
    if name.ends_with(".dockerignore") {
        return false;
    }
    let suffixed = |suffix: &str| name.len() > suffix.len() && name.ends_with(suffix);
    name == "Dockerfile"
        || name == "Containerfile"
        || name.starts_with("Dockerfile.")
        || name.starts_with("Containerfile.")
        || suffixed(".Dockerfile")
        || suffixed(".dockerfile")
}

fn is_compose(name: &str) -> bool {
    let Some(stem) = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
    else {
        return false;
    };
    stem == "compose" || stem.starts_with("compose.") || stem.starts_with("docker-compose")
}

/// Directory names that mark everything below them as test code.
pub(crate) const TEST_DIRS: &[&str] = &["test", "tests", "testing"];

/// Whether a path is test code, which `--skip-tests` (`skip-tests = true`) leaves out.
///
/// `rel_path` is relative to the project root and `/`-separated. A path is test code when
///
/// - its file name is `test_*.py`, `*_test.py`, `tests.py`, `conftest.py` or `*_test.go`, or
/// - any of its directories is named exactly `test`, `tests` or `testing`.
///
/// Only the part of the path below the project root counts, so a project that itself lives inside a
/// `tests/` directory is still scanned. Nothing else is test code: in particular `setup.py`,
/// `__main__.py` and directories starting with `_` (such as `_private/` or `_internal/`) are scanned.
pub fn is_test_path(rel_path: &str) -> bool {
    let mut parts = rel_path
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".");
    let Some(name) = parts.next_back() else {
        return false;
    };
    parts.any(|dir| TEST_DIRS.contains(&dir)) || is_test_file(name)
}

fn is_test_file(name: &str) -> bool {
    name == "tests.py"
        || name == "conftest.py"
        || (name.starts_with("test_") && name.ends_with(".py"))
        || (name.len() > "_test.py".len() && name.ends_with("_test.py"))
        || (name.len() > "_test.go".len() && name.ends_with("_test.go"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_files() {
        for path in [
            "a.py",
            "pkg/mod.py",
            "setup.py",
            "__init__.py",
            "Dockerfile.py",
        ] {
            assert_eq!(classify(path), Some(Language::Python), "{path}");
        }
        for path in ["a.pyi", "a.pyc", "a.py.bak", "py", ".py", "README.md"] {
            assert_eq!(classify(path), None, "{path}");
        }
    }

    #[test]
    fn dockerfiles() {
        for path in [
            "Dockerfile",
            "docker/Dockerfile",
            "Dockerfile.prod",
            "api.Dockerfile",
            "api.dockerfile",
            "Containerfile",
            "Containerfile.dev",
        ] {
            assert_eq!(classify(path), Some(Language::Dockerfile), "{path}");
        }
        for path in [
            "Dockerfile.dockerignore",
            ".dockerignore",
            ".dockerfile",
            "MyDockerfile",
            "dockerfiles/readme.txt",
        ] {
            assert_eq!(classify(path), None, "{path}");
        }
    }

    #[test]
    fn compose_files() {
        for path in [
            "compose.yaml",
            "compose.yml",
            "deploy/docker-compose.yml",
            "docker-compose.prod.yaml",
            "docker-compose-dev.yml",
            "compose.override.yaml",
        ] {
            assert_eq!(classify(path), Some(Language::Compose), "{path}");
        }
        for path in [
            "composer.yml",
            "compose.json",
            "docker-compose.json",
            "app.yaml",
        ] {
            assert_eq!(classify(path), None, "{path}");
        }
    }

    #[test]
    fn go_files() {
        for path in ["main.go", "cmd/api/server.go", "x_test.go"] {
            assert_eq!(classify(path), Some(Language::Go), "{path}");
        }
        for path in [
            "vendor/github.com/x/y.go",
            "pkg/testdata/bad.go",
            ".go",
            "main.go.orig",
        ] {
            assert_eq!(classify(path), None, "{path}");
        }
        assert!(is_test_path("pkg/server_test.go"));
        assert!(!is_test_path("pkg/server.go"));
    }

    #[test]
    fn language_names() {
        assert_eq!(Language::Python.as_str(), "python");
        assert_eq!(Language::Dockerfile.to_string(), "dockerfile");
        assert_eq!(Language::Compose.as_str(), "docker-compose");
        for l in Language::ALL {
            assert_eq!(Language::parse(l.category()), Some(l));
            assert_eq!(Language::parse(l.as_str()), Some(l));
            assert_eq!(classify(l.example_file()), Some(l));
        }
        assert_eq!(Language::parse(" Golang"), Some(Language::Go));
        assert_eq!(Language::parse("compose"), Some(Language::Compose));
        assert_eq!(Language::parse("cobol"), None);
        assert_eq!(Language::Compose.code_fence(), "yaml");
    }

    #[test]
    fn test_paths() {
        for path in [
            "test_app.py",
            "pkg/test_app.py",
            "app_test.py",
            "tests.py",
            "pkg/conftest.py",
            "tests/helpers.py",
            "src/pkg/test/util.py",
            "testing/fixtures.py",
            "tests/Dockerfile",
            "./tests/a.py",
        ] {
            assert!(is_test_path(path), "{path} should be a test path");
        }
    }

    #[test]
    fn non_test_paths() {
        for path in [
            "setup.py",
            "__main__.py",
            "_private/x.py",
            "_internal/test_helpers/x.py",
            "pkg/testlib.py",
            "contest.py",
            "latest/app.py",
            "tests_data.py",
            "mytests/app.py",
            "test.py",
            "test_data/Dockerfile",
            "",
            "tests",
        ] {
            assert!(!is_test_path(path), "{path} should not be a test path");
        }
    }
}
