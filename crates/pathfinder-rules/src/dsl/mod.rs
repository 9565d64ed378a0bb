//! Static reader for the Code Pathfinder rule DSL (rule-dsl.md).
//!
//! A `rule.py` is parsed with Ruff's parser and interpreted by a small evaluator that knows the SDK's
//! names; nothing is executed. The result is the JSON IR the SDK's exit hooks would print, record by
//! record, so it can be diffed against the reference SDK.

mod interp;
mod json;
mod matchers;
mod presets;
mod sdk;
mod value;

#[cfg(test)]
mod tests;

use std::fmt;

use ruff_python_ast::PySourceType;
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};
use serde_json::Value as Json;

pub use json::python_json;

/// The decorator family a rule was declared with; each family has its own registry and exit hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `@python_rule`
    Python,
    /// `@go_rule`
    Go,
    /// the legacy `@rule`
    Legacy,
    /// `@dockerfile_rule` and `@compose_rule`
    Container,
}

/// One decorated rule.
#[derive(Debug, Clone)]
pub struct RuleRecord {
    pub family: Family,
    /// 1-based line of the decorator.
    pub line: u32,
    /// Code families: `{"rule": {…}, "matcher": {…}}`; container family: the flat record
    /// `{"id", "name", "severity", "category", "cwe", "message", "file_pattern", "rule_type", "matcher"}`.
    pub record: Json,
}

/// Why a rule file cannot be read, at a 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DslError {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl fmt::Display for DslError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for DslError {}

/// A failure inside the reader, located by source range; turned into a [`DslError`] at the end.
#[derive(Debug, Clone)]
struct Fail {
    range: TextRange,
    message: String,
}

type Eval<T> = Result<T, Fail>;

fn fail<T>(range: TextRange, message: impl Into<String>) -> Eval<T> {
    Err(Fail {
        range,
        message: message.into(),
    })
}

/// Statement and expression nesting accepted in a rule file (shipped rules stay under 20).
const MAX_SYNTAX_DEPTH: u32 = 200;

/// Beyond this depth a syntax tree is not dropped: Rust's recursive drop could overflow the stack.
const MAX_DROP_DEPTH: u32 = 2_000;

/// Stack kept free before growing, and size of each new stack segment, for recursive walks.
const RED_ZONE: usize = 64 * 1024;
const STACK_SEGMENT: usize = 1024 * 1024;

/// Reads one rule file statically. `path` is only used in error messages.
pub fn read_rule_source(path: &str, source: &str) -> Result<Vec<RuleRecord>, DslError> {
    let lines = LineIndex::from_source_text(source);
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let nesting = interp::measure_nesting(parsed.syntax(), MAX_SYNTAX_DEPTH, MAX_DROP_DEPTH);

    let result = if let Some(error) = parsed.errors().first() {
        fail(error.location, format!("syntax error: {}", error.error))
    } else if let Some(range) = nesting.too_deep {
        fail(
            range,
            format!("nesting deeper than {MAX_SYNTAX_DEPTH} levels"),
        )
    } else {
        interp::run(parsed.syntax(), source, &lines)
    };

    if nesting.depth >= MAX_DROP_DEPTH {
        // Dropping a tree this deep recurses once per level and could overflow the stack; leak it
        // instead (its size is bounded by the input's).
        std::mem::forget(parsed);
    }

    result.map_err(|Fail { range, message }| {
        let (line, column) = line_column(&lines, source, range.start());
        DslError {
            path: path.to_string(),
            line,
            column,
            message,
        }
    })
}

/// The JSON lines the SDK's exit hooks would print for these records, one line per decorator family,
/// in the SDK's order: hooks run in reverse order of each family's first rule.
pub fn ir_lines(records: &[RuleRecord]) -> Vec<String> {
    let mut families: Vec<Family> = Vec::new();
    for record in records {
        if !families.contains(&record.family) {
            families.push(record.family);
        }
    }
    families
        .iter()
        .rev()
        .map(|&family| {
            let members = records.iter().filter(|r| r.family == family);
            let printed = if family == Family::Container {
                let (compose, dockerfile): (Vec<_>, Vec<_>) = members
                    .map(|r| r.record.clone())
                    .partition(|r| r.get("rule_type").and_then(Json::as_str) == Some("compose"));
                json::object([
                    ("dockerfile", dockerfile.into()),
                    ("compose", compose.into()),
                ])
            } else {
                Json::Array(members.map(|r| r.record.clone()).collect())
            };
            python_json(&printed)
        })
        .collect()
}

fn line_column(lines: &LineIndex, source: &str, offset: TextSize) -> (u32, u32) {
    let location = lines.line_column(offset, source);
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (to_u32(location.line.get()), to_u32(location.column.get()))
}
