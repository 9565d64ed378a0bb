//! How deeply a rule file nests, measured before it is interpreted.

use super::*;

/// How deep a syntax tree nests, walked with a growing stack and given up at `cap`; `too_deep` is the
/// first node below `limit` levels.
pub(crate) struct Nesting {
    pub depth: u32,
    pub too_deep: Option<TextRange>,
}

pub(crate) fn measure_nesting(module: &ModModule, limit: u32, cap: u32) -> Nesting {
    let mut walker = NestingWalker {
        depth: 0,
        deepest: 0,
        limit,
        cap,
        too_deep: None,
    };
    walker.visit_body(&module.body);
    Nesting {
        depth: walker.deepest,
        too_deep: walker.too_deep,
    }
}

struct NestingWalker {
    depth: u32,
    deepest: u32,
    limit: u32,
    cap: u32,
    too_deep: Option<TextRange>,
}

impl NestingWalker {
    fn enter(&mut self, range: TextRange, walk: impl FnOnce(&mut Self)) {
        if self.depth >= self.cap {
            return;
        }
        self.depth += 1;
        self.deepest = self.deepest.max(self.depth);
        if self.depth > self.limit && self.too_deep.is_none() {
            self.too_deep = Some(range);
        }
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || walk(self));
        self.depth -= 1;
    }
}

impl<'b> Visitor<'b> for NestingWalker {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        self.enter(stmt.range(), |walker| walk_stmt(walker, stmt));
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        self.enter(expr.range(), |walker| walk_expr(walker, expr));
    }

    fn visit_pattern(&mut self, pattern: &'b Pattern) {
        self.enter(pattern.range(), |walker| walk_pattern(walker, pattern));
    }
}
