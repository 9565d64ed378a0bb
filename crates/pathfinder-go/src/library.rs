//! Library knowledge kept as data (`data/library-returns.txt`): the type of the first result of common
//! library functions and methods, so `db, err := sql.Open(...)` makes `db` a `database/sql.DB` and
//! `jwt.NewParser().ParseUnverified(...)` is a method of `jwt.Parser`.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const RETURNS: &str = include_str!("../data/library-returns.txt");

fn table() -> &'static FxHashMap<&'static str, &'static str> {
    static TABLE: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| parse(RETURNS))
}

/// `<function> <type>` per line; blank lines and `#` comments are skipped, as are malformed lines (the
/// table's own test rejects them).
fn parse(text: &'static str) -> FxHashMap<&'static str, &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (f, t) = (parts.next()?, parts.next()?);
            parts.next().is_none().then_some((f, t))
        })
        .collect()
}

/// The type of the first result of a resolved library function or method (`database/sql.DB.Begin` →
/// `database/sql.Tx`).
pub fn result_type(fqn: &str) -> Option<&'static str> {
    table().get(fqn).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_a_pair_of_qualified_names() {
        for (i, line) in RETURNS.lines().enumerate() {
            let l = line.split('#').next().unwrap_or("");
            if l.trim().is_empty() {
                continue;
            }
            let parts: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(parts.len(), 2, "line {}: {line}", i + 1);
            assert!(
                parts.iter().all(|p| p.contains('.') && !p.contains('*')),
                "line {}: {line}",
                i + 1
            );
        }
        assert_eq!(result_type("database/sql.Open"), Some("database/sql.DB"));
        assert_eq!(
            result_type("database/sql.DB.Begin"),
            Some("database/sql.Tx")
        );
        assert_eq!(result_type("os/exec.Command"), Some("os/exec.Cmd"));
        assert_eq!(result_type("fmt.Sprintf"), None);
    }
}
