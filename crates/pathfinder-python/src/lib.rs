//! Python front end: parses a file once with Ruff's error-resilient parser and builds its
//! [`FileModel`] in two walks (bindings, then call sites). The AST is dropped before returning.

mod bindings;
mod calls;
pub mod cancel;
pub mod depth;
pub mod model;
mod params;
mod resolve;
pub mod taint;
pub mod types;

pub use model::*;

use bindings::Bindings;
use calls::CallCollector;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{PySourceType, Stmt};
use ruff_python_parser::parse_unchecked_source;
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Builds the semantic model of one Python file. `path` is relative to the project root (`/`-separated);
/// it gives the module name for resolving relative imports and local definitions. Never panics on bad
/// input: syntax errors are recorded in [`FileModel::syntax_errors`] and the parseable parts are modelled.
pub fn analyze(path: &str, source: Arc<str>) -> FileModel {
    analyze_with_taint(path, source, None)
}

/// Chooses, per file, which flow rules to run (from the file's call sites) and answers the taint walk's
/// questions about them. Implemented by the engine.
pub trait TaintRules: Sync {
    /// `cross`: what other files' analyses tell this one.
    fn for_file<'s>(
        &'s self,
        calls: &[CallSite],
        cross: &CrossFile<'_>,
        text: &str,
    ) -> Option<Box<dyn taint::TaintSpec + 's>>;
}

/// What a file's taint analysis learns from other files (cross-file flows).
#[derive(Debug, Clone, Copy, Default)]
pub struct CrossFile<'x> {
    /// Summaries of other files' functions this file calls.
    pub external: &'x [taint::ExportedFunction],
    /// Flow rules (run-wide numbers) to run here even without a sink in this file: callers in other files
    /// need this file's function summaries for them.
    pub forced: &'x [u32],
    /// Functions of this file that another file routes requests to, each with the routing call: Django's
    /// `path("posts/<slug>/", views.show)` in a URLconf makes `show`'s parameters after the request URL
    /// captures, as a route decorator would.
    pub routes: &'x [RoutedFunction],
}

/// A function of a file and the call in another file that routes requests to it.
#[derive(Debug, Clone)]
pub struct RoutedFunction {
    /// The function's qualified name as the file defines it.
    pub function: String,
    pub route: CallSite,
}

/// [`analyze`], plus the taint analysis of the flow rules `rules` activates for this file, run while the
/// AST is still alive (results in [`FileModel::taint`]).
pub fn analyze_with_taint(
    path: &str,
    source: Arc<str>,
    rules: Option<&dyn TaintRules>,
) -> FileModel {
    analyze_with_external(path, source, rules, CrossFile::default())
}

/// [`analyze_with_taint`] knowing `external` summaries of other files' functions (cross-file flows).
pub fn analyze_with_external(
    path: &str,
    source: Arc<str>,
    rules: Option<&dyn TaintRules>,
    cross: CrossFile<'_>,
) -> FileModel {
    // Deeply nested input recurses deeply in the parser, our walks and the AST's drop (which cannot be
    // guarded). Statements beyond `MAX_NESTING` are left out; the rest gets a stack sized for its depth.
    let nesting = depth::scan(&source);
    let (parse_text, too_deep) = if nesting.too_deep.is_empty() {
        (None, Vec::new())
    } else {
        let lines = LineIndex::new(&source);
        let first_lines = nesting.too_deep.iter().map(|r| lines.line(r.start as u32));
        (
            Some(depth::blank(&source, &nesting.too_deep)),
            first_lines.collect(),
        )
    };
    let run = move || {
        let mut model = analyze_inner(path, source, parse_text.as_deref(), rules, cross);
        model.too_deep = too_deep;
        model
    };
    if nesting.max < 100 {
        stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, run)
    } else {
        // Up to about 1,000 levels of parser, walk and drop frames (each well under 4 KiB).
        stacker::grow(
            depth::MAX_NESTING as usize * 4 * 1024 + 8 * 1024 * 1024,
            run,
        )
    }
}

fn analyze_inner(
    path: &str,
    source: Arc<str>,
    parse_text: Option<&str>,
    rules: Option<&dyn TaintRules>,
    cross: CrossFile<'_>,
) -> FileModel {
    let parsed = parse_unchecked_source(parse_text.unwrap_or(&source), PySourceType::Python);
    let lines = LineIndex::new(&source);

    let syntax_errors = parsed
        .errors()
        .iter()
        .map(|e| {
            let (line, column) = lines.position(&source, e.location.start().to_u32());
            SyntaxIssue {
                line,
                column,
                message: e.error.to_string(),
            }
        })
        .collect();

    let mut comments = Vec::new();
    for token in parsed.tokens().iter() {
        if token.kind() == TokenKind::Comment {
            let range = token.range();
            let text = &source[range.start().to_usize()..range.end().to_usize()];
            let line = lines.line(range.start().to_u32());
            comments.push((line, text.to_string()));
        }
    }

    let body: &[Stmt] = &parsed.syntax().body;
    let suppressions = suppression_directives(&source, &lines, &comments, body);
    let bindings = Bindings::collect(path, body);
    let mut collector = CallCollector::new(&bindings);
    for stmt in body {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut collector, stmt);
    }
    let classes = class_infos(&bindings, &collector);
    let calls = std::mem::take(&mut collector.calls);
    drop(collector);
    let file = taint::FileRef {
        path,
        source: &source,
        lines: &lines,
    };
    let (taint, exported, flow_rules, taint_capped) =
        match rules.and_then(|r| r.for_file(&calls, &cross, &source)) {
            Some(spec) => {
                let active = (0..spec.rule_count())
                    .map(|r| spec.global_rule(r))
                    .collect();
                let (taint, exported, capped) = taint::analyze(
                    body,
                    &bindings,
                    &calls,
                    spec.as_ref(),
                    cross.external,
                    &file,
                );
                let capped = capped.iter().map(|&at| lines.line(at)).collect();
                (taint, exported, active, capped)
            }
            None => (Vec::new(), Vec::new(), Vec::new(), Vec::new()),
        };
    let mut parameters: Vec<String> = bindings.parameters.iter().map(|p| p.to_string()).collect();
    parameters.sort_unstable();
    parameters.dedup();

    let imports = bindings.data[0]
        .bindings
        .iter()
        .filter_map(|(name, bs)| {
            bs.iter().find_map(|b| match b {
                bindings::Binding::Import(f) => Some((name.to_string(), f.clone())),
                _ => None,
            })
        })
        .collect();

    FileModel {
        path: path.to_string(),
        module: bindings.module.clone(),
        source: source.clone(),
        lines,
        imports,
        calls,
        scopes: bindings.scopes.clone(),
        classes,
        comments,
        suppressions,
        syntax_errors,
        too_deep: Vec::new(),
        taint,
        taint_capped,
        exported,
        flow_rules,
        parameters,
    }
}

fn class_infos(bindings: &Bindings<'_>, collector: &CallCollector<'_, '_>) -> Vec<ClassInfo> {
    let resolver = collector.resolver();
    bindings
        .data
        .iter()
        .enumerate()
        .filter_map(|(id, data)| {
            let fqn = data.class_fqn.clone()?;
            let parent = bindings.scopes[id].parent.unwrap_or(0);
            let bases = data
                .bases
                .iter()
                .filter_map(|base| match resolver.value(base, parent) {
                    Value::Symbol(s) => Some(s),
                    _ => None,
                })
                .collect();
            Some(ClassInfo { fqn, bases })
        })
        .collect()
}

/// The file's suppression comments with the lines each covers. Statement extents are only worked out when
/// some comment is a suppression (most files have none).
fn suppression_directives(
    source: &str,
    lines: &LineIndex,
    comments: &[(u32, String)],
    body: &[Stmt],
) -> Vec<pathfinder_findings::suppress::Directive> {
    use pathfinder_findings::suppress::{directives, parse_comment};
    if !comments.iter().any(|(_, c)| parse_comment(c).is_some()) {
        return Vec::new();
    }
    let mut walker = StatementLines {
        lines,
        found: Vec::new(),
    };
    ruff_python_ast::statement_visitor::StatementVisitor::visit_body(&mut walker, body);
    // Pre-order: the statement after a compound one is the first of its body, so the header ends just
    // before it (a comment above `def` or `with` covers the header, not the whole block).
    let mut ends: FxHashMap<u32, u32> = FxHashMap::default();
    for (i, &(start, end, compound)) in walker.found.iter().enumerate() {
        let end = match walker.found.get(i + 1) {
            Some(&(next, _, _)) if compound && next > start && next <= end => next - 1,
            Some(&(next, _, _)) if compound && next == start => start,
            _ => end,
        };
        let e = ends.entry(start).or_insert(end);
        *e = (*e).max(end);
    }
    let text: Vec<&str> = source.lines().collect();
    directives(comments, &text, &|l| ends.get(&l).copied())
}

/// `(first line, last line, compound)` of every statement, nested ones included, in source order.
struct StatementLines<'l> {
    lines: &'l LineIndex,
    found: Vec<(u32, u32, bool)>,
}

impl<'a> ruff_python_ast::statement_visitor::StatementVisitor<'a> for StatementLines<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let range = stmt.range();
        let start = self.lines.line(range.start().to_u32());
        // The end offset is just past the last character, so look at the one before it.
        let end = self.lines.line(
            range
                .end()
                .to_u32()
                .saturating_sub(1)
                .max(range.start().to_u32()),
        );
        let compound = matches!(
            stmt,
            Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::Match(_)
        );
        self.found.push((start, end, compound));
        ruff_python_ast::statement_visitor::walk_stmt(self, stmt);
    }
}

#[cfg(test)]
mod tests;
