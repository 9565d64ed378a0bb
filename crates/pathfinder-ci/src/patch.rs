//! The lines of a pull request that GitHub accepts review comments on.
//!
//! `GET /repos/{o}/{r}/pulls/{n}/files` returns each file's `patch` (hunks without file headers). A review
//! comment with `side: RIGHT` must sit on a line of a hunk on the new side: an added line or a context line.
//! Anything else makes GitHub reject the whole review with 422, so comments are placed only on these lines.

use crate::git::{hunk_counts, LineSet};

/// New-side lines (added and context) of every hunk in a GitHub `patch`.
pub fn right_side_lines(patch: &str) -> LineSet {
    let mut ranges = Vec::new();
    let mut new_line = 0u32;
    let (mut old_left, mut new_left) = (0u32, 0u32);
    for line in patch.lines() {
        if old_left == 0 && new_left == 0 {
            if let Some(h) = line.strip_prefix("@@ ") {
                if let Some((old, new)) = hunk_counts(h) {
                    (old_left, new_left) = (old.1, new.1);
                    new_line = new.0;
                }
            }
            continue;
        }
        match line.as_bytes().first() {
            Some(b'+') if new_left > 0 => {
                ranges.push((new_line, new_line));
                new_line = new_line.saturating_add(1);
                new_left -= 1;
            }
            Some(b'-') if old_left > 0 => old_left -= 1,
            Some(b'\\') => {}
            // Context (a space; GitHub may drop the space of an empty context line).
            Some(b' ') | None if new_left > 0 && old_left > 0 => {
                ranges.push((new_line, new_line));
                new_line = new_line.saturating_add(1);
                new_left -= 1;
                old_left -= 1;
            }
            _ => {
                // Counts and content disagree: resynchronise on the next hunk header.
                (old_left, new_left) = (0, 0);
                if let Some(h) = line.strip_prefix("@@ ") {
                    if let Some((old, new)) = hunk_counts(h) {
                        (old_left, new_left) = (old.1, new.1);
                        new_line = new.0;
                    }
                }
            }
        }
    }
    LineSet::from_ranges(ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_and_context_lines_are_commentable() {
        let patch = "@@ -1,4 +1,5 @@\n import os\n-x = 1\n+x = 2\n+y = 3\n \n def f():\n@@ -20,2 +21,3 @@ def g():\n     a()\n+    b()\n     c()";
        let s = right_side_lines(patch);
        assert_eq!(s.ranges(), &[(1, 5), (21, 23)]);
        assert!(!s.contains(6) && !s.contains(20));
    }

    #[test]
    fn new_file_and_deletion_only_hunks() {
        assert_eq!(
            right_side_lines("@@ -0,0 +1,2 @@\n+a\n+b").ranges(),
            &[(1, 2)]
        );
        assert!(right_side_lines("@@ -3,2 +2,0 @@\n-a\n-b").is_empty());
        assert!(right_side_lines("").is_empty());
    }

    #[test]
    fn absurd_line_numbers_do_not_overflow() {
        let s = right_side_lines("@@ -1 +4294967295,2 @@\n+a\n+b");
        assert_eq!(s.ranges(), &[(4294967295, 4294967295)]);
        let d = crate::git::parse_diff(
            "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +4294967295,9 @@\n",
        );
        assert_eq!(d[0].1.ranges(), &[(4294967295, 4294967295)]);
    }

    #[test]
    fn content_resembling_a_hunk_header_is_content() {
        let patch = "@@ -1 +1,2 @@\n+@@ -9 +9 @@\n+z\n\\ No newline at end of file";
        assert_eq!(right_side_lines(patch).ranges(), &[(1, 2)]);
    }
}
