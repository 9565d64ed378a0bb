//! Project configuration from `pathfinder.toml` or `pyproject.toml`.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// The configuration file names, in the order they are looked for.
pub const CONFIG_FILE: &str = "pathfinder.toml";
pub const PYPROJECT_FILE: &str = "pyproject.toml";

/// Project settings. Every key is optional; keys may be written `snake_case` or `kebab-case`.
///
/// `rulesets`, `rules` and `fail-on` accept a list or a comma-separated string; `include` and `exclude`
/// accept a list or a single glob (not split on commas, which globs use in `{a,b}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    #[serde(deserialize_with = "comma_list")]
    pub rulesets: Vec<String>,
    #[serde(deserialize_with = "comma_list")]
    pub rules: Vec<String>,
    #[serde(deserialize_with = "glob_list")]
    pub exclude: Vec<String>,
    #[serde(deserialize_with = "glob_list")]
    pub include: Vec<String>,
    #[serde(alias = "fail-on", deserialize_with = "comma_list")]
    pub fail_on: Vec<String>,
    #[serde(alias = "skip-tests")]
    pub skip_tests: Option<bool>,
    /// Also scan Go files marked `// Code generated ... DO NOT EDIT.`.
    #[serde(alias = "include-generated")]
    pub include_generated: Option<bool>,
    pub output: Option<String>,
    /// Which built-in rules run when no ruleset is named.
    pub profile: Option<Profile>,
    pub threads: Option<usize>,
    /// Extra globs for Dockerfiles with other names (`docker/*.build`).
    #[serde(deserialize_with = "glob_list")]
    pub dockerfiles: Vec<String>,
    /// Extra globs for compose files with other names (`deploy/stack-*.yml`).
    #[serde(alias = "compose-files", deserialize_with = "glob_list")]
    pub compose_files: Vec<String>,
    /// Baseline file (relative to the configuration file): only findings not in it are reported.
    pub baseline: Option<String>,
    /// Rule ids or globs (`PYTHON-FLASK-*`) not to run.
    #[serde(alias = "exclude-rules", deserialize_with = "comma_list")]
    pub exclude_rules: Vec<String>,
    /// Path glob → rule ids or globs (`"*"`: every rule) whose findings are dropped in matching files.
    #[serde(alias = "per-file-ignores")]
    pub per_file_ignores: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(alias = "min-severity")]
    pub min_severity: Option<String>,
    #[serde(alias = "min-confidence")]
    pub min_confidence: Option<String>,
    /// Also honour Bandit's `# nosec` and Semgrep's `# nosemgrep` comments.
    #[serde(alias = "honor-foreign-suppressions")]
    pub honor_foreign_suppressions: Option<bool>,
}

/// `profile = "default"` runs the vulnerability rules; `profile = "audit"` adds the audit rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    #[default]
    Default,
    Audit,
}

/// A configuration and the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedConfig {
    pub path: PathBuf,
    pub config: Config,
}

/// A configuration file that exists but cannot be used. Displays as `path[:line[:column]]: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based, when the problem has a position in the file.
    pub line: Option<u32>,
    /// 1-based, in characters.
    pub column: Option<u32>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Loads the project configuration from `project_root`.
///
/// `pathfinder.toml` (settings as top-level keys) wins when it exists, even if empty; otherwise the
/// `[tool.pathfinder]` table of `pyproject.toml` is used. `Ok(None)` when neither provides settings.
/// Invalid TOML, unknown keys and wrongly typed values are errors naming the file and line.
pub fn load_config(project_root: &Path) -> Result<Option<LoadedConfig>, ConfigError> {
    let path = project_root.join(CONFIG_FILE);
    if let Some(text) = read_if_exists(&path)? {
        let config = parse::<Config>(&path, &text)?;
        return Ok(Some(LoadedConfig { path, config }));
    }

    let path = project_root.join(PYPROJECT_FILE);
    let Some(text) = read_if_exists(&path)? else {
        return Ok(None);
    };
    let pyproject = parse::<Pyproject>(&path, &text)?;
    Ok(pyproject
        .tool
        .and_then(|tool| tool.pathfinder)
        .map(|config| LoadedConfig { path, config }))
}

/// Only the part of `pyproject.toml` we own; other tools' tables are not inspected.
#[derive(Deserialize)]
struct Pyproject {
    tool: Option<Tools>,
}

#[derive(Deserialize)]
struct Tools {
    pathfinder: Option<Config>,
}

fn read_if_exists(path: &Path) -> Result<Option<String>, ConfigError> {
    let read = crate::source::read_regular_file(path, crate::source::MAX_SMALL_FILE)
        .and_then(|b| String::from_utf8(b).map_err(|_| io::Error::other("not valid UTF-8")));
    match read {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(ConfigError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: format!("cannot read: {err}"),
        }),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T, ConfigError> {
    toml::from_str(text).map_err(|err| {
        let (line, column) = err.span().map(|span| line_column(text, span.start)).unzip();
        ConfigError {
            path: path.to_path_buf(),
            line,
            column,
            message: err.message().trim().to_owned(),
        }
    })
}

/// 1-based line and character column of a byte offset.
fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (clamp(line), clamp(column))
}

fn comma_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    deserializer.deserialize_any(StringList { split_commas: true })
}

fn glob_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    deserializer.deserialize_any(StringList {
        split_commas: false,
    })
}

/// Accepts a string or a list of strings; blank entries are dropped.
struct StringList {
    split_commas: bool,
}

impl<'de> Visitor<'de> for StringList {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.split_commas {
            f.write_str("a list of strings or a comma-separated string")
        } else {
            f.write_str("a string or a list of strings")
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        let items: Vec<&str> = if self.split_commas {
            value.split(',').collect()
        } else {
            vec![value]
        };
        Ok(items
            .into_iter()
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<String>()? {
            let item = item.trim();
            if !item.is_empty() {
                items.push(item.to_owned());
            }
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_config(text: &str) -> Result<Config, ConfigError> {
        parse(Path::new("pathfinder.toml"), text)
    }

    #[test]
    fn empty_config_is_default() {
        assert_eq!(parse_config("").unwrap(), Config::default());
    }

    #[test]
    fn all_keys() {
        let config = parse_config(
            r#"
rulesets = ["owasp", "django"]
rules = "PF001, PF002"
exclude = ["build", "**/gen/*.py"]
include = "src/{a,b}/**"
fail_on = ["high", "critical"]
skip_tests = true
output = "sarif"
profile = "audit"
threads = 4
dockerfiles = "docker/*.build"
compose-files = ["deploy/stack-*.yml"]
"#,
        )
        .unwrap();
        assert_eq!(
            config,
            Config {
                rulesets: vec!["owasp".into(), "django".into()],
                rules: vec!["PF001".into(), "PF002".into()],
                exclude: vec!["build".into(), "**/gen/*.py".into()],
                include: vec!["src/{a,b}/**".into()],
                fail_on: vec!["high".into(), "critical".into()],
                skip_tests: Some(true),
                output: Some("sarif".into()),
                profile: Some(Profile::Audit),
                threads: Some(4),
                dockerfiles: vec!["docker/*.build".into()],
                compose_files: vec!["deploy/stack-*.yml".into()],
                ..Config::default()
            }
        );
    }

    #[test]
    fn noise_control_keys() {
        let config = parse_config(
            r#"
baseline = ".pathfinder-baseline.json"
exclude-rules = ["PYTHON-FLASK-*", "PYTHON-LANG-SEC-020"]
min-severity = "medium"
min-confidence = "high"
honor-foreign-suppressions = true
[per-file-ignores]
"scripts/**" = ["PYTHON-LANG-SEC-020"]
"migrations/**" = ["*"]
"#,
        )
        .unwrap();
        assert_eq!(
            config.baseline.as_deref(),
            Some(".pathfinder-baseline.json")
        );
        assert_eq!(
            config.exclude_rules,
            ["PYTHON-FLASK-*", "PYTHON-LANG-SEC-020"]
        );
        assert_eq!(config.min_severity.as_deref(), Some("medium"));
        assert_eq!(config.min_confidence.as_deref(), Some("high"));
        assert_eq!(config.honor_foreign_suppressions, Some(true));
        assert_eq!(config.per_file_ignores["migrations/**"], ["*"]);
        assert_eq!(config.per_file_ignores.len(), 2);
        let inline = parse_config("per-file-ignores = { \"a/**\" = [\"X\"] }\n").unwrap();
        assert_eq!(inline.per_file_ignores["a/**"], ["X"]);
    }

    #[test]
    fn kebab_case_and_comma_string() {
        let config = parse_config("fail-on = \"high, critical,\"\nskip-tests = false\n").unwrap();
        assert_eq!(config.fail_on, ["high", "critical"]);
        assert_eq!(config.skip_tests, Some(false));
    }

    #[test]
    fn both_spellings_of_a_key_conflict() {
        let err = parse_config("fail_on = \"high\"\nfail-on = \"low\"\n").unwrap_err();
        assert!(err.message.contains("duplicate"), "{err}");
    }

    #[test]
    fn wrong_types_name_the_line() {
        let err = parse_config("rules = []\nthreads = -1\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        let err = parse_config("\n\nskip_tests = \"yes\"\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        let err = parse_config("fail_on = 3\n").unwrap_err();
        assert!(err.message.contains("comma-separated"), "{err}");
        let err = parse_config("rules = [1]\n").unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");
    }

    #[test]
    fn unknown_profile_names_the_line() {
        let err = parse_config("threads = 2\nprofile = \"strict\"\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        assert!(err.message.contains("audit"), "{err}");
    }

    #[test]
    fn line_and_column_of_offsets() {
        assert_eq!(line_column("abc", 0), (1, 1));
        assert_eq!(line_column("a\nbc", 3), (2, 2));
        assert_eq!(line_column("é\nx", 1), (1, 1));
        assert_eq!(line_column("a", 99), (1, 2));
    }

    #[test]
    fn error_display() {
        let err = ConfigError {
            path: "p.toml".into(),
            line: Some(3),
            column: Some(7),
            message: "bad".into(),
        };
        assert_eq!(err.to_string(), "p.toml:3:7: bad");
        let err = ConfigError {
            line: None,
            column: None,
            ..err
        };
        assert_eq!(err.to_string(), "p.toml: bad");
    }
}
