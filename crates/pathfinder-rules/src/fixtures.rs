//! Expected findings annotated in fixture files.
//!
//! - `code()  # expect: RULE-ID` (or several ids, comma-separated): a finding of that rule on this line;
//! - `# ruleid: RULE-ID` on its own line: a finding on the next code line (Semgrep's convention);
//! - `# ok: RULE-ID`: documents a safe line (any finding there fails the test anyway);
//! - `# todoruleid: RULE-ID` / `# todook: RULE-ID`: a known gap (missed finding / tolerated false positive)
//!   written down honestly; it does not fail the test.

use std::collections::BTreeSet;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Expectations {
    pub expected: BTreeSet<u32>,
    pub todo_missed: BTreeSet<u32>,
    pub todo_tolerated: BTreeSet<u32>,
}

/// Expectations for `rule_id` from a fixture's `(line, comment text)` pairs; `lines` is the file's text
/// split into lines, used to find the next code line after a `# ruleid:` comment.
pub fn expectations(rule_id: &str, comments: &[(u32, String)], lines: &[&str]) -> Expectations {
    let mut out = Expectations::default();
    for (line, comment) in comments {
        let text = comment.trim_start_matches('#').trim();
        let Some((tag, ids)) = text.split_once(':') else {
            continue;
        };
        let names_rule = ids
            .split(|c: char| c == ',' || c.is_whitespace())
            .any(|id| id.trim().eq_ignore_ascii_case(rule_id));
        if !names_rule {
            continue;
        }
        let own_line = lines
            .get(*line as usize - 1)
            .is_some_and(|l| is_comment_line(l));
        let target = if own_line {
            next_code_line(lines, *line)
        } else {
            *line
        };
        match tag.trim() {
            "expect" | "ruleid" => out.expected.insert(target),
            "todoruleid" => out.todo_missed.insert(target),
            "todook" => out.todo_tolerated.insert(target),
            _ => false,
        };
    }
    out
}

/// A whole-line comment in Python (`#`) or Go (`//`).
fn is_comment_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') || t.starts_with("//")
}

fn next_code_line(lines: &[&str], after: u32) -> u32 {
    let mut n = after as usize;
    while n < lines.len() {
        let t = lines[n].trim();
        if !t.is_empty() && !is_comment_line(t) {
            return n as u32 + 1;
        }
        n += 1;
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_and_leading_annotations() {
        let src = "a()  # expect: R-1\n# ruleid: R-1\n\nb()\nc()  # ok: R-1\n# todoruleid: R-1\nd()\ne()  # expect: R-2, R-1\nf()  # expect: R-10\n";
        let lines: Vec<&str> = src.lines().collect();
        let comments: Vec<(u32, String)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.find('#').map(|p| (i as u32 + 1, l[p..].to_string())))
            .collect();
        let e = expectations("R-1", &comments, &lines);
        assert_eq!(e.expected, BTreeSet::from([1, 4, 8]));
        assert_eq!(e.todo_missed, BTreeSet::from([7]));
    }
}
