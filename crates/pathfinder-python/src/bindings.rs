//! Pass 1: scopes and name bindings. Records, for every scope, how each name is bound (once to a value,
//! by import, by definition, or in a way we cannot follow), which later drives constant propagation,
//! callee resolution and receiver types.

use crate::model::{Scope, ScopeId, ScopeKind, Span};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Debug, Clone)]
pub(crate) enum Binding<'a> {
    /// `name = value`
    Assign(&'a Expr),
    /// `a, (b, c) = value`: the name is `value[path...]`
    Unpack(&'a Expr, Vec<usize>),
    /// `with value as name`
    With(&'a Expr),
    /// `name: annotation [= value]`, also annotated parameters
    Annotated(&'a Expr, Option<&'a Expr>),
    /// An import: the fully qualified name it refers to.
    Import(String),
    /// A `def` or `class` in this file: its fully qualified name.
    Def { fqn: String, is_class: bool },
    /// The implicit first parameter of a method (`self`): an instance of the class in that scope.
    SelfParam(ScopeId),
    /// Anything we do not follow (loop targets, augmented assignment, del, except-as, walrus, ...).
    Opaque,
}

#[derive(Debug, Default)]
pub(crate) struct ScopeData<'a> {
    pub bindings: FxHashMap<&'a str, Vec<Binding<'a>>>,
    pub globals: FxHashSet<&'a str>,
    /// For class scopes: `self.attr = value` assignments made in its methods (method scope, binding).
    pub self_attrs: FxHashMap<&'a str, Vec<(ScopeId, Binding<'a>)>>,
    /// For class scopes: base class expressions, resolved after the walk.
    pub bases: Vec<&'a Expr>,
    /// For class scopes: the class's fully qualified name.
    pub class_fqn: Option<String>,
}

pub(crate) struct Bindings<'a> {
    pub module: String,
    pub scopes: Vec<Scope>,
    pub data: Vec<ScopeData<'a>>,
    /// Function/class statement start offset → the scope it opens.
    pub scope_of: FxHashMap<u32, ScopeId>,
    /// Names of the parameters of the file's functions (with repeats).
    pub parameters: Vec<&'a str>,
    /// The file is a package's `__init__.py` (relative imports start from the package itself).
    is_package: bool,
    current: ScopeId,
}

pub(crate) fn module_name(path: &str) -> String {
    let stem = path.strip_suffix(".py").unwrap_or(path);
    let mut parts: Vec<&str> = stem
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if parts.last() == Some(&"__init__") {
        parts.pop();
    }
    parts.join(".")
}

/// Resolves `from ..x import y` relative to the importing module.
pub(crate) fn resolve_relative(
    module: &str,
    is_package: bool,
    level: u32,
    target: Option<&str>,
) -> String {
    let mut base: Vec<&str> = if module.is_empty() {
        vec![]
    } else {
        module.split('.').collect()
    };
    // In `pkg/mod.py` level 1 is `pkg`; in `pkg/__init__.py` level 1 is `pkg` itself.
    let drop = if is_package {
        level.saturating_sub(1)
    } else {
        level
    } as usize;
    base.truncate(base.len().saturating_sub(drop));
    if let Some(t) = target {
        base.push(t);
    }
    base.join(".")
}

impl<'a> Bindings<'a> {
    pub fn collect(path: &str, body: &'a [Stmt]) -> Self {
        let module = module_name(path);
        let mut b = Bindings {
            module,
            scopes: vec![Scope {
                kind: ScopeKind::Module,
                qualname: String::new(),
                parent: None,
                span: Span::default(),
            }],
            data: vec![ScopeData::default()],
            scope_of: FxHashMap::default(),
            parameters: Vec::new(),
            is_package: path.ends_with("__init__.py"),
            current: 0,
        };
        b.visit_body(body);
        b
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, span: Span) -> ScopeId {
        let parent = &self.scopes[self.current as usize];
        let qualname = if parent.qualname.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", parent.qualname, name)
        };
        let id = self.scopes.len() as ScopeId;
        self.scopes.push(Scope {
            kind,
            qualname,
            parent: Some(self.current),
            span,
        });
        self.data.push(ScopeData::default());
        self.scope_of.insert(span.start, id);
        id
    }

    pub fn fqn_of_local(&self, qualname: &str) -> String {
        crate::model::qualified(&self.module, qualname)
    }

    fn bind(&mut self, name: &'a str, binding: Binding<'a>) {
        let mut scope = self.current;
        if self.data[scope as usize].globals.contains(name) {
            scope = 0;
        }
        self.data[scope as usize]
            .bindings
            .entry(name)
            .or_default()
            .push(binding);
    }

    fn bind_target(&mut self, target: &'a Expr, value: Option<&'a Expr>, path: &mut Vec<usize>) {
        match target {
            Expr::Name(n) => {
                let binding = match value {
                    Some(v) if path.is_empty() => Binding::Assign(v),
                    Some(v) => Binding::Unpack(v, path.clone()),
                    None => Binding::Opaque,
                };
                self.bind(n.id.as_str(), binding);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let has_star = elts.iter().any(Expr::is_starred_expr);
                for (i, elt) in elts.iter().enumerate() {
                    path.push(i);
                    self.bind_target(elt, if has_star { None } else { value }, path);
                    path.pop();
                }
            }
            Expr::Starred(s) => self.bind_target(&s.value, None, path),
            Expr::Attribute(attr) => self.bind_self_attr(attr, value.map(Binding::Assign)),
            _ => {}
        }
    }

    /// `self.x = ...` inside a method: remembered on the class so other methods can use it.
    fn bind_self_attr(&mut self, attr: &'a ast::ExprAttribute, binding: Option<Binding<'a>>) {
        let Expr::Name(base) = attr.value.as_ref() else {
            return;
        };
        let Some(class_scope) = self.method_class(self.current, base.id.as_str()) else {
            return;
        };
        self.data[class_scope as usize]
            .self_attrs
            .entry(attr.attr.id.as_str())
            .or_default()
            .push((self.current, binding.unwrap_or(Binding::Opaque)));
    }

    /// The class scope whose method `scope` is, when `name` is that method's `self` parameter.
    pub fn method_class(&self, scope: ScopeId, name: &str) -> Option<ScopeId> {
        let bindings = self.data[scope as usize].bindings.get(name)?;
        bindings.iter().find_map(|b| match b {
            Binding::SelfParam(class) => Some(*class),
            _ => None,
        })
    }

    fn visit_body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }
}

impl<'a> Visitor<'a> for Bindings<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        crate::cancel::check();
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            match expr {
                Expr::Named(named) => self.bind_target(&named.target, None, &mut Vec::new()),
                Expr::Lambda(lambda) => {
                    if let Some(params) = &lambda.parameters {
                        for p in params.iter() {
                            self.bind(p.name().as_str(), Binding::Opaque);
                        }
                    }
                }
                Expr::ListComp(ast::ExprListComp { generators, .. })
                | Expr::SetComp(ast::ExprSetComp { generators, .. })
                | Expr::DictComp(ast::ExprDictComp { generators, .. })
                | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                    // Comprehension variables get no scope of their own here; binding them as opaque in the
                    // enclosing scope can only make that scope's constants less known, never wrong.
                    for g in generators {
                        self.bind_target(&g.target, None, &mut Vec::new());
                    }
                }
                _ => {}
            }
            visitor::walk_expr(self, expr);
        })
    }
}

impl<'a> Bindings<'a> {
    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(func) => {
                for d in &func.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in func.parameters.iter_non_variadic_params() {
                    if let Some(default) = p.default() {
                        self.visit_expr(default);
                    }
                }
                let name = func.name.id.as_str();
                let enclosing = self.current;
                let id = self.push_scope(ScopeKind::Function, name, span_of(func.range()));
                let fqn = self.fqn_of_local(&self.scopes[id as usize].qualname);
                self.bind(
                    name,
                    Binding::Def {
                        fqn,
                        is_class: false,
                    },
                );
                self.current = id;
                let is_static = func.decorator_list.iter().any(
                    |d| matches!(&d.expression, Expr::Name(n) if n.id.as_str() == "staticmethod"),
                );
                let params = &func.parameters;
                let mut first = true;
                for p in params.posonlyargs.iter().chain(&params.args) {
                    let pname = p.parameter.name.id.as_str();
                    let binding = if first
                        && !is_static
                        && self.scopes[enclosing as usize].kind == ScopeKind::Class
                    {
                        Binding::SelfParam(enclosing)
                    } else {
                        match &p.parameter.annotation {
                            Some(ann) => Binding::Annotated(ann, None),
                            None => Binding::Opaque,
                        }
                    };
                    first = false;
                    self.parameters.push(pname);
                    self.bind(pname, binding);
                }
                for p in &params.kwonlyargs {
                    let binding = match &p.parameter.annotation {
                        Some(ann) => Binding::Annotated(ann, None),
                        None => Binding::Opaque,
                    };
                    self.parameters.push(p.parameter.name.id.as_str());
                    self.bind(p.parameter.name.id.as_str(), binding);
                }
                for p in params.vararg.iter().chain(params.kwarg.iter()) {
                    self.bind(p.name.id.as_str(), Binding::Opaque);
                }
                self.visit_body(&func.body);
                self.current = enclosing;
            }
            Stmt::ClassDef(class) => {
                for d in &class.decorator_list {
                    self.visit_expr(&d.expression);
                }
                let name = class.name.id.as_str();
                let enclosing = self.current;
                let id = self.push_scope(ScopeKind::Class, name, span_of(class.range()));
                let fqn = self.fqn_of_local(&self.scopes[id as usize].qualname);
                self.bind(
                    name,
                    Binding::Def {
                        fqn: fqn.clone(),
                        is_class: true,
                    },
                );
                let data = &mut self.data[id as usize];
                data.class_fqn = Some(fqn);
                if let Some(args) = &class.arguments {
                    data.bases = args.args.iter().collect();
                }
                self.current = id;
                self.visit_body(&class.body);
                self.current = enclosing;
            }
            Stmt::Assign(assign) => {
                self.visit_expr(&assign.value);
                for target in &assign.targets {
                    self.bind_target(target, Some(&assign.value), &mut Vec::new());
                    self.visit_target_parts(target);
                }
            }
            Stmt::AnnAssign(assign) => {
                if let Some(v) = &assign.value {
                    self.visit_expr(v);
                }
                match assign.target.as_ref() {
                    Expr::Name(n) => self.bind(
                        n.id.as_str(),
                        Binding::Annotated(&assign.annotation, assign.value.as_deref()),
                    ),
                    Expr::Attribute(attr) => self.bind_self_attr(
                        attr,
                        Some(Binding::Annotated(
                            &assign.annotation,
                            assign.value.as_deref(),
                        )),
                    ),
                    other => self.visit_expr(other),
                }
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.value);
                match assign.target.as_ref() {
                    Expr::Name(n) => self.bind(n.id.as_str(), Binding::Opaque),
                    Expr::Attribute(attr) => self.bind_self_attr(attr, None),
                    other => self.visit_expr(other),
                }
            }
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.iter);
                self.bind_target(&for_stmt.target, None, &mut Vec::new());
                self.visit_body(&for_stmt.body);
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        match vars.as_ref() {
                            Expr::Name(n) => {
                                self.bind(n.id.as_str(), Binding::With(&item.context_expr))
                            }
                            other => self.bind_target(other, None, &mut Vec::new()),
                        }
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let full = alias.name.id.as_str();
                    match &alias.asname {
                        Some(asname) => {
                            self.bind(asname.id.as_str(), Binding::Import(full.to_string()))
                        }
                        None => {
                            // `import a.b.c` binds `a`; attribute access walks down from there.
                            let head = full.split('.').next().unwrap_or(full);
                            let head: &'a str = &full[..head.len()];
                            self.bind(head, Binding::Import(head.to_string()));
                        }
                    }
                }
            }
            Stmt::ImportFrom(import) => {
                let module = import.module.as_ref().map(|m| m.id.as_str());
                let base = if import.level > 0 {
                    resolve_relative(&self.module, self.is_package, import.level, module)
                } else {
                    module.unwrap_or("").to_string()
                };
                for alias in &import.names {
                    let name = alias.name.id.as_str();
                    if name == "*" {
                        continue;
                    }
                    let local = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
                    let fqn = if base.is_empty() {
                        name.to_string()
                    } else {
                        format!("{base}.{name}")
                    };
                    self.bind(local, Binding::Import(fqn));
                }
            }
            Stmt::Global(global) => {
                for name in &global.names {
                    self.data[self.current as usize]
                        .globals
                        .insert(name.id.as_str());
                    self.data[0].bindings.entry(name.id.as_str()).or_default();
                }
            }
            Stmt::Nonlocal(nonlocal) => {
                for name in &nonlocal.names {
                    self.bind(name.id.as_str(), Binding::Opaque);
                }
            }
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    if let Expr::Name(n) = target {
                        self.bind(n.id.as_str(), Binding::Opaque);
                    }
                }
            }
            Stmt::Try(try_stmt) => {
                self.visit_body(&try_stmt.body);
                for handler in &try_stmt.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t);
                    }
                    if let Some(name) = &h.name {
                        self.bind(name.id.as_str(), Binding::Opaque);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&try_stmt.orelse);
                self.visit_body(&try_stmt.finalbody);
            }
            Stmt::Match(match_stmt) => {
                self.visit_expr(&match_stmt.subject);
                for case in &match_stmt.cases {
                    self.bind_pattern_names(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard);
                    }
                    self.visit_body(&case.body);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    /// Sub-expressions of an assignment target (subscript keys, attribute bases) may hold calls or walrus.
    fn visit_target_parts(&mut self, target: &'a Expr) {
        match target {
            Expr::Subscript(s) => {
                self.visit_expr(&s.value);
                self.visit_expr(&s.slice);
            }
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.visit_target_parts(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.visit_target_parts(e)),
            _ => {}
        }
    }

    fn bind_pattern_names(&mut self, pattern: &'a ast::Pattern) {
        use ast::Pattern;
        match pattern {
            Pattern::MatchAs(p) => {
                if let Some(name) = &p.name {
                    self.bind(name.id.as_str(), Binding::Opaque);
                }
                if let Some(inner) = &p.pattern {
                    self.bind_pattern_names(inner);
                }
            }
            Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.bind(name.id.as_str(), Binding::Opaque);
                }
            }
            Pattern::MatchMapping(p) => {
                if let Some(rest) = &p.rest {
                    self.bind(rest.id.as_str(), Binding::Opaque);
                }
                p.patterns.iter().for_each(|p| self.bind_pattern_names(p));
            }
            Pattern::MatchSequence(p) => p.patterns.iter().for_each(|p| self.bind_pattern_names(p)),
            Pattern::MatchClass(p) => {
                p.arguments
                    .patterns
                    .iter()
                    .for_each(|p| self.bind_pattern_names(p));
                p.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.bind_pattern_names(&k.pattern));
            }
            Pattern::MatchOr(p) => p.patterns.iter().for_each(|p| self.bind_pattern_names(p)),
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        }
    }
}

pub(crate) fn span_of(range: ruff_text_size::TextRange) -> Span {
    Span {
        start: range.start().to_u32(),
        end: range.end().to_u32(),
    }
}
