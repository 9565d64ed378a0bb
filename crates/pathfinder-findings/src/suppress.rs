//! Suppression comments and the one decision of which findings they silence, shared by every front end.
//!
//! Front ends turn comments into [`Directive`]s (the lines each one covers); [`apply`] marks the findings
//! they cover, and reports ids no loaded rule has and directives that silenced nothing.

use crate::{Diagnostic, Finding};
use std::collections::{BTreeSet, HashMap};

/// Who wrote the comment: ours, or another tool's that `honor-foreign-suppressions` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `# pathfinder: ignore[...]` or `# pathfinder: ignore-file[...]`
    Pathfinder,
    /// Bandit's `# nosec`, with or without test ids (which are Bandit's, so every rule is covered).
    Nosec,
    /// Semgrep's `# nosemgrep`, with or without rule ids (Semgrep's, so every rule is covered).
    Nosemgrep,
}

/// One suppression comment as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub marker: Marker,
    /// Rule ids named in brackets; empty means every rule.
    pub rules: Vec<String>,
    /// `ignore-file`: the whole file.
    pub file: bool,
}

impl Comment {
    pub fn covers(&self, rule_id: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|id| id.eq_ignore_ascii_case(rule_id))
    }
}

/// Parses a comment (with its `#`). Our own marker may sit anywhere in the comment; `nosec` and `nosemgrep`
/// must start a comment, as those tools require.
pub fn parse_comment(comment: &str) -> Option<Comment> {
    if let Some(c) = parse_pathfinder(comment) {
        return Some(c);
    }
    let body = comment.trim_start_matches('#').trim_start();
    for (word, marker) in [("nosemgrep", Marker::Nosemgrep), ("nosec", Marker::Nosec)] {
        if let Some(rest) = body.strip_prefix(word) {
            if rest
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '-')
            {
                return Some(Comment {
                    marker,
                    rules: Vec::new(),
                    file: false,
                });
            }
        }
    }
    None
}

fn parse_pathfinder(comment: &str) -> Option<Comment> {
    let idx = comment.find("pathfinder:")?;
    let rest = comment[idx + "pathfinder:".len()..].trim_start();
    let rest = rest.strip_prefix("ignore")?;
    let (file, rest) = match rest.strip_prefix("-file") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if let Some(list) = rest.strip_prefix('[') {
        let list = list.split(']').next().unwrap_or("");
        let rules = list
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        return Some(Comment {
            marker: Marker::Pathfinder,
            rules,
            file,
        });
    }
    // `ignore` must be a whole word: `# pathfinder: ignored` is not a suppression.
    match rest.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() || c == '#' || c == ',' || c == ';' => {}
        _ => return None,
    }
    Some(Comment {
        marker: Marker::Pathfinder,
        rules: Vec::new(),
        file,
    })
}

/// A comment and the lines it covers (`first..=last`; empty when it covers nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// 1-based line of the comment.
    pub line: u32,
    pub first: u32,
    pub last: u32,
    pub comment: Comment,
}

impl Directive {
    /// An `ignore-file` outside the first comment block covers nothing (and [`apply`] says so).
    fn misplaced(&self) -> bool {
        self.comment.file && self.first > self.last
    }
}

/// Directives from a file's comments `(line, text)`. `lines` are the file's lines (to tell a comment alone
/// on its line); `statement_end(l)` is the last line of a statement starting on line `l`, when the front
/// end knows statements (Python), so a comment alone above a statement, or on the first line of a
/// multi-line one, covers all of it. A comment alone on its line always covers the next line too.
pub fn directives(
    comments: &[(u32, String)],
    lines: &[&str],
    statement_end: &dyn Fn(u32) -> Option<u32>,
) -> Vec<Directive> {
    let text_end = header_end(lines);
    let mut out = Vec::new();
    for (line, text) in comments {
        let Some(comment) = parse_comment(text) else {
            continue;
        };
        let line = *line;
        let (first, last) = if comment.file {
            if line <= text_end {
                (1, u32::MAX)
            } else {
                (1, 0)
            }
        } else if comment.marker != Marker::Pathfinder {
            // Other tools' comments cover their own line only.
            (line, line)
        } else {
            let alone = lines
                .get(line as usize - 1)
                .is_some_and(|l| l.trim_start().starts_with('#'));
            if alone {
                let next = line + 1;
                (line, statement_end(next).unwrap_or(next).max(next))
            } else {
                (line, statement_end(line).unwrap_or(line).max(line))
            }
        };
        out.push(Directive {
            line,
            first,
            last,
            comment,
        });
    }
    out
}

/// The last line of the comment block at the top of a file: blank lines and `#` comments before the first
/// line of anything else (0 when the file starts with code).
pub fn header_end(lines: &[&str]) -> u32 {
    lines
        .iter()
        .position(|l| {
            let t = l.trim();
            !(t.is_empty() || t.starts_with('#'))
        })
        .unwrap_or(lines.len()) as u32
}

/// The directives of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSuppressions {
    pub path: String,
    pub directives: Vec<Directive>,
}

/// How [`apply`] decides.
#[derive(Debug, Clone, Default)]
pub struct SuppressOptions {
    /// Also honour `# nosec` and `# nosemgrep` (`honor-foreign-suppressions`).
    pub foreign: bool,
    /// Upper-cased ids of every loaded rule; an ignore naming another id is a warning. `None`: not checked.
    pub known_rules: Option<BTreeSet<String>>,
}

/// What [`apply`] found besides the marks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Ignores naming unknown ids, misplaced `ignore-file` comments.
    pub warnings: Vec<Diagnostic>,
    /// Our ignores that silenced nothing (only those naming a rule that ran, or every rule).
    pub unused: Vec<Diagnostic>,
}

/// Marks `suppressed` on every finding a directive of its file covers (rule and lines). `ran(id)` tells
/// whether a rule ran in this scan: an ignore naming only rules that did not run is never called unused.
pub fn apply(
    findings: &mut [Finding],
    files: &[FileSuppressions],
    opts: &SuppressOptions,
    ran: &dyn Fn(&str) -> bool,
) -> Applied {
    let mut used: HashMap<&str, Vec<bool>> = files
        .iter()
        .map(|f| (f.path.as_str(), vec![false; f.directives.len()]))
        .collect();
    let by_path: HashMap<&str, &FileSuppressions> =
        files.iter().map(|f| (f.path.as_str(), f)).collect();
    for f in findings.iter_mut() {
        let Some(fs) = by_path.get(f.location.file.as_str()) else {
            continue;
        };
        let marks = used.get_mut(fs.path.as_str()).expect("same keys");
        for (i, d) in fs.directives.iter().enumerate() {
            let active = d.comment.marker == Marker::Pathfinder || opts.foreign;
            let lines_meet =
                d.first <= f.location.end_line.max(f.location.line) && f.location.line <= d.last;
            if active && lines_meet && d.comment.covers(&f.rule_id) {
                f.suppressed = true;
                marks[i] = true;
            }
        }
    }
    let mut out = Applied::default();
    for fs in files {
        let marks = &used[fs.path.as_str()];
        for (d, &was_used) in fs.directives.iter().zip(marks) {
            if d.comment.marker != Marker::Pathfinder {
                continue;
            }
            let at = |message: String| Diagnostic {
                path: fs.path.clone(),
                line: Some(d.line),
                column: None,
                message,
            };
            if d.misplaced() {
                out.warnings.push(at(
                    "`pathfinder: ignore-file` only counts in the comment block at the top of a file; this one suppresses nothing".into(),
                ));
                continue;
            }
            if let Some(known) = &opts.known_rules {
                for id in &d.comment.rules {
                    if !known.contains(&id.to_ascii_uppercase()) {
                        out.warnings.push(at(format!(
                            "suppression names `{id}`, which no loaded rule has; it suppresses nothing"
                        )));
                    }
                }
            }
            let checkable = d.comment.rules.is_empty() || d.comment.rules.iter().any(|r| ran(r));
            if !was_used && checkable {
                let what = if d.comment.file {
                    "ignore-file"
                } else {
                    "ignore"
                };
                let ids = if d.comment.rules.is_empty() {
                    String::new()
                } else {
                    format!("[{}]", d.comment.rules.join(", "))
                };
                out.unused.push(at(format!(
                    "unused suppression `pathfinder: {what}{ids}`: nothing to suppress"
                )));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Confidence, Detection, Location, Severity};

    fn finding(rule: &str, file: &str, line: u32, end_line: u32) -> Finding {
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
                line,
                column: 1,
                end_line,
                end_column: 2,
            },
            function: None,
            snippet: String::new(),
            detection: Detection::Pattern,
            flow: vec![],
            fingerprint: String::new(),
            suppressed: false,
            related_rules: Vec::new(),
        }
    }

    #[test]
    fn parses_our_comments() {
        let c = parse_comment("# pathfinder: ignore[A-1, B-2]").unwrap();
        assert_eq!(c.rules, ["A-1", "B-2"]);
        assert!(!c.file);
        let c = parse_comment("# noqa  # pathfinder: ignore").unwrap();
        assert!(c.rules.is_empty() && c.marker == Marker::Pathfinder);
        let c = parse_comment("# pathfinder: ignore-file[X]").unwrap();
        assert!(c.file);
        assert_eq!(c.rules, ["X"]);
        assert!(parse_comment("# pathfinder: ignore-file").unwrap().file);
        assert_eq!(parse_comment("# pathfinder: ignored"), None);
        assert_eq!(parse_comment("# pathfinder: ignore-files"), None);
        assert_eq!(parse_comment("# just a comment"), None);
    }

    #[test]
    fn parses_foreign_comments() {
        assert_eq!(parse_comment("# nosec").unwrap().marker, Marker::Nosec);
        assert_eq!(
            parse_comment("#nosec B602, B607").unwrap().marker,
            Marker::Nosec
        );
        let c = parse_comment("# nosemgrep: python.lang.foo").unwrap();
        assert_eq!(c.marker, Marker::Nosemgrep);
        assert!(c.rules.is_empty(), "Semgrep ids are not ours: every rule");
        assert_eq!(parse_comment("# nosecurity"), None);
        assert_eq!(parse_comment("# see nosec docs"), None);
    }

    #[test]
    fn line_above_covers_the_statement() {
        let lines = ["# pathfinder: ignore", "call(", "  x)", "other()"];
        let comments = vec![(1, lines[0].to_string())];
        let d = directives(&comments, &lines, &|l| (l == 2).then_some(3));
        assert_eq!((d[0].first, d[0].last), (1, 3));
        // Without statements: the comment's line and the next.
        let d = directives(&comments, &lines, &|_| None);
        assert_eq!((d[0].first, d[0].last), (1, 2));
    }

    #[test]
    fn trailing_comment_on_first_line_covers_the_statement() {
        let lines = ["x = 1", "call(  # pathfinder: ignore", "  y)"];
        let comments = vec![(2, "# pathfinder: ignore".to_string())];
        let d = directives(&comments, &lines, &|l| (l == 2).then_some(3));
        assert_eq!((d[0].first, d[0].last), (2, 3));
    }

    #[test]
    fn ignore_file_only_in_the_header() {
        let lines = [
            "#!/usr/bin/env python",
            "",
            "# pathfinder: ignore-file",
            "x()",
        ];
        let comments = vec![
            (3, lines[2].to_string()),
            (5, "# pathfinder: ignore-file".into()),
        ];
        let d = directives(&comments, &lines, &|_| None);
        assert_eq!((d[0].first, d[0].last), (1, u32::MAX));
        assert!(d[1].misplaced());
        assert_eq!(header_end(&["# a", "", "# b", "code", "# c"]), 3);
        assert_eq!(header_end(&["code"]), 0);
    }

    #[test]
    fn apply_marks_warns_and_lists_unused() {
        let lines = [
            "a()  # pathfinder: ignore[R-1]",
            "b()  # pathfinder: ignore[R-TYPO]",
            "c()  # nosec",
            "d()  # pathfinder: ignore",
        ];
        let comments: Vec<(u32, String)> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| (i as u32 + 1, l[l.find('#').unwrap()..].to_string()))
            .collect();
        let files = vec![FileSuppressions {
            path: "a.py".into(),
            directives: directives(&comments, &lines, &|_| None),
        }];
        let mut found = vec![
            finding("R-1", "a.py", 1, 1),
            finding("R-1", "a.py", 2, 2),
            finding("R-1", "a.py", 3, 3),
            finding("R-1", "b.py", 1, 1),
        ];
        let opts = SuppressOptions {
            foreign: false,
            known_rules: Some(["R-1".to_string()].into()),
        };
        let out = apply(&mut found, &files, &opts, &|r| r == "R-1");
        let marks: Vec<bool> = found.iter().map(|f| f.suppressed).collect();
        assert_eq!(marks, [true, false, false, false]);
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].line, Some(2));
        assert!(
            out.warnings[0].message.contains("R-TYPO"),
            "{:?}",
            out.warnings
        );
        // Line 4 ignores everything and found nothing; line 2 names only a rule that did not run.
        let unused: Vec<Option<u32>> = out.unused.iter().map(|d| d.line).collect();
        assert_eq!(unused, [Some(4)]);

        let mut found = vec![finding("R-1", "a.py", 3, 3)];
        let opts = SuppressOptions {
            foreign: true,
            known_rules: None,
        };
        apply(&mut found, &files, &opts, &|_| true);
        assert!(found[0].suppressed, "nosec honoured when asked");
    }

    #[test]
    fn multi_line_findings_meet_a_directive_on_any_line() {
        let lines = ["x", "y  # pathfinder: ignore"];
        let comments = vec![(2, "# pathfinder: ignore".to_string())];
        let files = vec![FileSuppressions {
            path: "Dockerfile".into(),
            directives: directives(&comments, &lines, &|_| None),
        }];
        let mut found = vec![finding("R", "Dockerfile", 1, 3)];
        apply(&mut found, &files, &SuppressOptions::default(), &|_| true);
        assert!(found[0].suppressed);
    }
}
