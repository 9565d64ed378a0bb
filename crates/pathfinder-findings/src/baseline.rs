//! Baseline files: the findings a project accepted on a given day, so later scans report only new ones.
//!
//! The file is JSON with a `version` and one entry per finding (path, rule id, fingerprint), sorted and
//! written one entry per line so that a refreshed baseline diffs cleanly in review. Entries carry no line
//! numbers: fingerprints stay the same when lines move.

use crate::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The format version this build writes and reads.
pub const BASELINE_VERSION: u64 = 1;

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule_id: String,
    pub fingerprint: String,
}

impl Entry {
    fn of(f: &Finding) -> Entry {
        Entry {
            path: f.location.file.clone(),
            rule_id: f.rule_id.clone(),
            fingerprint: f.fingerprint.clone(),
        }
    }
}

/// A set of accepted findings (an entry may repeat: it then hides as many findings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeMap<Entry, usize>,
}

/// A baseline file that cannot be used. Displays as `path[:line]: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for BaselineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for BaselineError {}

/// What applying a baseline did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BaselineOutcome {
    /// Findings hidden because the baseline lists them.
    pub hidden: usize,
    /// Baseline entries no finding matched any more (fixed, or code changed).
    pub stale: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u64,
    #[serde(default)]
    tool: Option<String>,
    findings: Vec<Entry>,
}

impl Baseline {
    pub fn from_findings<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Baseline {
        let mut b = Baseline::default();
        for f in findings {
            *b.entries.entry(Entry::of(f)).or_insert(0) += 1;
        }
        b
    }

    pub fn len(&self) -> usize {
        self.entries.values().sum()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The file's text: sorted entries, one per line, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut out = format!(
            "{{\n  \"version\": {BASELINE_VERSION},\n  \"tool\": \"pathfinder\",\n  \"findings\": ["
        );
        let mut first = true;
        for (entry, &n) in &self.entries {
            // Serialising three strings cannot fail.
            let line = serde_json::to_string(entry).unwrap_or_default();
            for _ in 0..n {
                out.push_str(if first { "\n    " } else { ",\n    " });
                out.push_str(&line);
                first = false;
            }
        }
        out.push_str(if first { "]\n}\n" } else { "\n  ]\n}\n" });
        out
    }

    /// Parses a baseline file's text; `path` names it in errors. A version newer than
    /// [`BASELINE_VERSION`] is an error: its meaning is unknown to this build.
    pub fn parse(path: &Path, text: &str) -> Result<Baseline, BaselineError> {
        let err = |line: Option<usize>, message: String| BaselineError {
            path: path.to_path_buf(),
            line,
            message,
        };
        // The version is read first, so a future format is named as such rather than as a shape error.
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| err(Some(e.line()), format!("not a baseline file: {e}")))?;
        match value.get("version").map(|v| v.as_u64()) {
            Some(Some(v)) if v > BASELINE_VERSION => {
                return Err(err(
                    None,
                    format!("baseline format version {v} is newer than this pathfinder reads ({BASELINE_VERSION}); upgrade pathfinder or write the baseline again"),
                ))
            }
            Some(Some(0)) | Some(None) => {
                return Err(err(None, "`version` must be a positive integer".into()))
            }
            None => return Err(err(None, "not a baseline file: no `version`".into())),
            Some(Some(_)) => {}
        }
        let file: File = serde_json::from_str(text)
            .map_err(|e| err(Some(e.line()), format!("not a baseline file: {e}")))?;
        if file.tool.as_deref().is_some_and(|t| t != "pathfinder") {
            return Err(err(
                None,
                "not a pathfinder baseline (`tool` names another tool)".into(),
            ));
        }
        let _ = file.version;
        let mut b = Baseline::default();
        for e in file.findings {
            *b.entries.entry(e).or_insert(0) += 1;
        }
        Ok(b)
    }

    /// Removes the findings the baseline lists from `findings` (each entry hides one finding).
    pub fn filter(&self, findings: &mut Vec<Finding>) -> BaselineOutcome {
        let mut left = self.entries.clone();
        let before = findings.len();
        findings.retain(|f| match left.get_mut(&Entry::of(f)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        BaselineOutcome {
            hidden: before - findings.len(),
            stale: left.values().sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Detection, Location, Severity};

    fn finding(rule: &str, file: &str, fp: &str) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: String::new(),
            severity: Severity::High,
            confidence: Confidence::High,
            cwe: vec![],
            owasp: vec![],
            message: String::new(),
            location: Location {
                file: file.into(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 2,
            },
            function: None,
            snippet: String::new(),
            detection: Detection::Pattern,
            flow: vec![],
            fingerprint: fp.into(),
            suppressed: false,
            related_rules: Vec::new(),
        }
    }

    #[test]
    fn round_trip_is_sorted_and_one_entry_per_line() {
        let fs = [finding("B", "z.py", "2"), finding("A", "a.py", "1")];
        let b = Baseline::from_findings(&fs);
        let text = b.to_json();
        assert_eq!(
            text,
            "{\n  \"version\": 1,\n  \"tool\": \"pathfinder\",\n  \"findings\": [\n    {\"path\":\"a.py\",\"rule_id\":\"A\",\"fingerprint\":\"1\"},\n    {\"path\":\"z.py\",\"rule_id\":\"B\",\"fingerprint\":\"2\"}\n  ]\n}\n"
        );
        assert_eq!(Baseline::parse(Path::new("b.json"), &text).unwrap(), b);
        let empty = Baseline::default().to_json();
        assert!(Baseline::parse(Path::new("b.json"), &empty)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn filter_hides_listed_and_counts_stale() {
        let b = Baseline::from_findings(&[finding("A", "a.py", "1"), finding("A", "a.py", "gone")]);
        let mut now = vec![finding("A", "a.py", "1"), finding("A", "a.py", "new")];
        let out = b.filter(&mut now);
        assert_eq!(
            out,
            BaselineOutcome {
                hidden: 1,
                stale: 1
            }
        );
        assert_eq!(now.len(), 1);
        assert_eq!(now[0].fingerprint, "new");
    }

    #[test]
    fn bad_files_name_path_and_reason() {
        let p = Path::new("base.json");
        let e = Baseline::parse(p, "{\n  \"version\": 1,\n  \"findings\": [1]\n}").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.to_string().starts_with("base.json:3: "), "{e}");
        let e = Baseline::parse(p, "{\"version\": 2, \"findings\": []}").unwrap_err();
        assert!(e.message.contains("version 2 is newer"), "{e}");
        let e = Baseline::parse(p, "{\"findings\": []}").unwrap_err();
        assert!(e.message.contains("no `version`"), "{e}");
        let e = Baseline::parse(p, "not json").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("base.json:1: not a baseline file"),
            "{e}"
        );
        let e = Baseline::parse(p, "{\"version\": \"1\", \"findings\": []}").unwrap_err();
        assert!(e.message.contains("positive integer"), "{e}");
    }
}
