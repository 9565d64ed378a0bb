//! Pass 2: call sites. Walks the tree once more, now that every scope's bindings are known, and records
//! each call (plus bare decorators and subscript assignments) with resolved name, receiver type and
//! evaluated arguments.

use crate::bindings::{span_of, Bindings};
use crate::model::{Arg, CallKind, CallSite, ExprKind, ScopeId};
use crate::resolve::Resolver;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_text_size::Ranged;

pub(crate) struct CallCollector<'b, 'a> {
    resolver: Resolver<'b, 'a>,
    scope: ScopeId,
    pub calls: Vec<CallSite>,
}

impl<'b, 'a> CallCollector<'b, 'a> {
    pub fn new(bindings: &'b Bindings<'a>) -> Self {
        CallCollector {
            resolver: Resolver { b: bindings },
            scope: 0,
            calls: Vec::new(),
        }
    }

    pub fn resolver(&self) -> &Resolver<'b, 'a> {
        &self.resolver
    }

    fn record_call(&mut self, call: &'a ast::ExprCall) {
        let mut args = Vec::with_capacity(call.arguments.len());
        let mut star_args_at = None;
        let mut has_star_kwargs = false;
        let mut position = 0;
        for arg in call.arguments.args.iter() {
            if let Expr::Starred(_) = arg {
                star_args_at.get_or_insert(position);
                continue;
            }
            args.push(self.arg(arg, Some(position), None));
            position += 1;
        }
        for kw in &call.arguments.keywords {
            match &kw.arg {
                Some(name) => args.push(self.arg(&kw.value, None, Some(name.id.as_str()))),
                None => has_star_kwargs = true,
            }
        }
        let site = self.site(CallKind::Call, &call.func, args, span_of(call.range()));
        self.calls.push(CallSite {
            star_args_at,
            has_star_kwargs,
            ..site
        });
    }

    fn site(
        &self,
        kind: CallKind,
        func: &Expr,
        args: Vec<Arg>,
        span: crate::model::Span,
    ) -> CallSite {
        let callee = callee_text(func);
        let name = callee.rsplit('.').next().unwrap_or(&callee).to_string();
        let (receiver, receiver_type) = match func {
            Expr::Attribute(a) => (
                Some(callee_text(&a.value)),
                self.resolver.class_of(&a.value, self.scope),
            ),
            _ => (None, None),
        };
        CallSite {
            kind,
            fqn: self.resolver.callee_fqn(func, self.scope),
            text_is_alias: self.resolver.text_is_alias(func, self.scope),
            callee,
            name,
            receiver,
            receiver_type,
            args,
            star_args_at: None,
            has_star_kwargs: false,
            span,
            scope: self.scope,
        }
    }

    fn arg(&self, expr: &Expr, position: Option<usize>, keyword: Option<&str>) -> Arg {
        Arg {
            position,
            keyword: keyword.map(str::to_string),
            value: self.resolver.value(expr, self.scope),
            kind: expr_kind(expr),
            template: template(expr, &self.resolver, self.scope),
            names: mentioned_names(expr),
            span: span_of(expr.range()),
        }
    }

    /// `NAME = value` is modelled as `__assign__("NAME", value)`, so rules can flag settings and secrets by
    /// the name they are bound to (`DEBUG = True`, `api_token = "..."`). At module level the resolved name is
    /// `<module>.__assign__`, so a rule can ask for settings modules (`*settings.__assign__`).
    fn record_assign(&mut self, target: &ast::ExprName, value: &Expr, stmt: &Stmt) {
        let name = Arg {
            position: Some(0),
            keyword: None,
            value: crate::model::Value::Str(target.id.as_str().to_string()),
            kind: ExprKind::Literal,
            template: None,
            names: Vec::new(),
            span: span_of(target.range()),
        };
        let fqn = (self.scope == 0)
            .then(|| crate::model::qualified(&self.resolver.b.module, "__assign__"));
        self.calls.push(CallSite {
            kind: CallKind::Assign,
            callee: "__assign__".to_string(),
            name: "__assign__".to_string(),
            fqn,
            text_is_alias: false,
            receiver: None,
            receiver_type: None,
            args: vec![name, self.arg(value, Some(1), None)],
            star_args_at: None,
            has_star_kwargs: false,
            // From the target to the end of the value, like the other modelled assignments.
            span: span_of(ruff_text_size::TextRange::new(
                target.range().start(),
                stmt.range().end(),
            )),
            scope: self.scope,
        });
    }

    /// `return value` inside a function is modelled as `__return__(value)`, resolved to
    /// `<module>.<function>.__return__`, so rules can flag what a function returns (HTML built from request
    /// data in a view, a weak random value returned by `generate_token()`).
    fn record_return(&mut self, value: &Expr, stmt: &Stmt) {
        let Some(scope) = self.resolver.b.scopes.get(self.scope as usize) else {
            return;
        };
        if scope.kind != crate::model::ScopeKind::Function {
            return;
        }
        let fqn = crate::model::qualified(
            &self.resolver.b.module,
            &format!("{}.__return__", scope.qualname),
        );
        self.calls.push(CallSite {
            kind: CallKind::Return,
            callee: "__return__".to_string(),
            name: "__return__".to_string(),
            fqn: Some(fqn),
            text_is_alias: false,
            receiver: None,
            receiver_type: None,
            args: vec![self.arg(value, Some(0), None)],
            star_args_at: None,
            has_star_kwargs: false,
            span: span_of(stmt.range()),
            scope: self.scope,
        });
    }

    fn visit_body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    fn visit_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators {
            if !matches!(d.expression, Expr::Call(_)) {
                let site = self.site(
                    CallKind::Decorator,
                    &d.expression,
                    Vec::new(),
                    span_of(d.expression.range()),
                );
                self.calls.push(site);
            }
            self.visit_expr(&d.expression);
        }
    }

    fn enter(&mut self, start: u32) -> ScopeId {
        let previous = self.scope;
        if let Some(&id) = self.resolver.b.scope_of.get(&start) {
            self.scope = id;
        }
        previous
    }

    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(func) => {
                self.visit_decorators(&func.decorator_list);
                for p in func.parameters.iter_non_variadic_params() {
                    if let Some(default) = p.default() {
                        self.visit_expr(default);
                    }
                }
                let previous = self.enter(func.range().start().to_u32());
                self.visit_body(&func.body);
                self.scope = previous;
            }
            Stmt::ClassDef(class) => {
                self.visit_decorators(&class.decorator_list);
                if let Some(args) = &class.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value);
                    }
                }
                let previous = self.enter(class.range().start().to_u32());
                self.visit_body(&class.body);
                self.scope = previous;
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if let Expr::Subscript(sub) = target {
                        let args = vec![
                            self.arg(&sub.slice, Some(0), None),
                            self.arg(&assign.value, Some(1), None),
                        ];
                        let func = Expr::Attribute(ast::ExprAttribute {
                            node_index: Default::default(),
                            range: sub.value.range(),
                            value: sub.value.clone(),
                            attr: ast::Identifier::new("__setitem__", sub.range()),
                            ctx: ast::ExprContext::Load,
                        });
                        let site = self.site(CallKind::SetItem, &func, args, span_of(stmt.range()));
                        self.calls.push(site);
                    }
                    if let Expr::Attribute(attr) = target {
                        // `obj.attr = v` is modelled as `obj.__setattr__("attr", v)`, so rules can flag
                        // settings such as `ctx.verify_mode = ssl.CERT_NONE`.
                        let name = Arg {
                            position: Some(0),
                            keyword: None,
                            value: crate::model::Value::Str(attr.attr.id.as_str().to_string()),
                            kind: ExprKind::Literal,
                            template: None,
                            names: Vec::new(),
                            span: span_of(attr.attr.range()),
                        };
                        let args = vec![name, self.arg(&assign.value, Some(1), None)];
                        let func = Expr::Attribute(ast::ExprAttribute {
                            node_index: Default::default(),
                            range: attr.value.range(),
                            value: attr.value.clone(),
                            attr: ast::Identifier::new("__setattr__", attr.range()),
                            ctx: ast::ExprContext::Load,
                        });
                        let site = self.site(CallKind::SetAttr, &func, args, span_of(stmt.range()));
                        self.calls.push(site);
                    }
                    if let Expr::Name(name) = target {
                        self.record_assign(name, &assign.value, stmt);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.record_return(value, stmt);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(ann) => {
                if let (Expr::Name(name), Some(value)) = (ann.target.as_ref(), &ann.value) {
                    self.record_assign(name, value, stmt);
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }
}

impl<'b, 'a> Visitor<'a> for CallCollector<'b, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        crate::cancel::check();
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        crate::cancel::check();
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            if let Expr::Call(call) = expr {
                self.record_call(call);
            }
            visitor::walk_expr(self, expr);
        });
    }
}

/// The constant text of a string built at run time, with `{}` where a non-constant part goes:
/// `f"http://{host}/x"` → `http://{}/x`. `None` for constant values and non-string expressions.
fn template(expr: &Expr, resolver: &Resolver<'_, '_>, scope: ScopeId) -> Option<String> {
    fn piece(
        expr: &Expr,
        resolver: &Resolver<'_, '_>,
        scope: ScopeId,
        out: &mut String,
        depth: u32,
    ) {
        if depth > 16 {
            out.push_str("{}");
            return;
        }
        match expr {
            Expr::FString(f) => {
                out.push_str(&crate::resolve::fstring_text(f, Some("{}")).unwrap_or_default())
            }
            Expr::BinOp(op) if op.op == Operator::Add => {
                piece(&op.left, resolver, scope, out, depth + 1);
                piece(&op.right, resolver, scope, out, depth + 1);
            }
            // The format string of `"..." % x` and `"...".format(x)` is the template.
            Expr::BinOp(op) if op.op == Operator::Mod => {
                piece(&op.left, resolver, scope, out, depth + 1)
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) if a.attr.id.as_str() == "format" => {
                    piece(&a.value, resolver, scope, out, depth + 1)
                }
                _ => out.push_str("{}"),
            },
            other => match resolver.value(other, scope) {
                crate::model::Value::Str(s) => out.push_str(&s),
                _ => out.push_str("{}"),
            },
        }
    }
    if !matches!(
        expr_kind(expr),
        ExprKind::FString | ExprKind::Concat | ExprKind::PercentFormat | ExprKind::FormatCall
    ) {
        return None;
    }
    let mut out = String::new();
    piece(expr, resolver, scope, &mut out, 0);
    Some(out)
}

/// Names and attribute names mentioned anywhere in an expression (bounded, for huge literals).
fn mentioned_names(expr: &Expr) -> Vec<String> {
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.0.len() >= 64 {
                return;
            }
            match expr {
                Expr::Name(n) => self.0.push(n.id.as_str().to_string()),
                Expr::Attribute(a) => self.0.push(a.attr.id.as_str().to_string()),
                // `form["password"]` and `data.get("password")` name a field just as an attribute does.
                Expr::Subscript(sub) => {
                    if let Expr::StringLiteral(key) = sub.slice.as_ref() {
                        self.0.push(key.value.to_str().to_string());
                    }
                }
                Expr::Call(call) => {
                    if let (Expr::Attribute(a), Some(Expr::StringLiteral(key))) =
                        (call.func.as_ref(), call.arguments.args.first())
                    {
                        if a.attr.id.as_str() == "get" {
                            self.0.push(key.value.to_str().to_string());
                        }
                    }
                }
                _ => {}
            }
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || visitor::walk_expr(self, expr));
        }
    }
    let mut names = Names(Vec::new());
    names.visit_expr(expr);
    names.0.sort();
    names.0.dedup();
    names.0
}

/// The callee as text, call parentheses dropped: `requests.get(u).json` → `requests.get.json`.
pub(crate) fn callee_text(expr: &Expr) -> String {
    // Calling a call's result (`eval(a)(b)`) is not a call of the inner callee: keep the parentheses.
    if let Expr::Call(inner) = expr {
        return format!("{}()", callee_text(&inner.func));
    }
    let mut parts = Vec::new();
    let mut e = expr;
    loop {
        match e {
            Expr::Name(n) => {
                parts.push(n.id.as_str().to_string());
                break;
            }
            Expr::Attribute(a) => {
                parts.push(a.attr.id.as_str().to_string());
                e = &a.value;
            }
            Expr::Call(c) => e = &c.func,
            Expr::Subscript(s) => {
                parts.push("[]".to_string());
                e = &s.value;
            }
            Expr::StringLiteral(_) => {
                parts.push("\"\"".to_string());
                break;
            }
            _ => {
                parts.push("<expr>".to_string());
                break;
            }
        }
    }
    parts.reverse();
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 && p != "[]" {
            out.push('.');
        }
        out.push_str(p);
    }
    out
}

fn is_stringish(expr: &Expr) -> bool {
    match expr {
        Expr::StringLiteral(_) | Expr::FString(_) | Expr::BytesLiteral(_) => true,
        Expr::BinOp(op) => matches!(op.op, Operator::Add | Operator::Mod) && is_stringish(&op.left),
        Expr::Call(c) => {
            matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.id.as_str() == "format")
        }
        _ => false,
    }
}

pub(crate) fn expr_kind(expr: &Expr) -> ExprKind {
    match expr {
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => ExprKind::Literal,
        Expr::FString(f) => {
            let interpolated = f.value.iter().any(|part| match part {
                ast::FStringPart::Literal(_) => false,
                ast::FStringPart::FString(fs) => fs
                    .elements
                    .iter()
                    .any(|e| matches!(e, ast::InterpolatedStringElement::Interpolation(_))),
            });
            if interpolated {
                ExprKind::FString
            } else {
                ExprKind::Literal
            }
        }
        Expr::Name(n) => ExprKind::Name(n.id.as_str().to_string()),
        Expr::Attribute(_) => ExprKind::Attribute,
        Expr::Call(c) => match c.func.as_ref() {
            Expr::Attribute(a) if a.attr.id.as_str() == "format" && is_stringish(&a.value) => {
                ExprKind::FormatCall
            }
            _ => ExprKind::Call,
        },
        Expr::Subscript(_) => ExprKind::Subscript,
        Expr::BinOp(op) if op.op == Operator::Mod && is_stringish(&op.left) => {
            ExprKind::PercentFormat
        }
        Expr::BinOp(op)
            if op.op == Operator::Add && (is_stringish(&op.left) || is_stringish(&op.right)) =>
        {
            ExprKind::Concat
        }
        Expr::Tuple(_) | Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => ExprKind::Container,
        Expr::Lambda(_) => ExprKind::Lambda,
        _ => ExprKind::Other,
    }
}
