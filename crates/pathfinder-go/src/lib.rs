//! Go front end: one tree-sitter parse per `.go` file, walked once into the same [`FileModel`] the
//! Python front end produces (imports, call sites with resolved names and receiver types, constant
//! argument values, functions, comments, suppressions), so the engine's matchers run on Go unchanged.
//!
//! Names are resolved the way Go spells them: a package-qualified call resolves through its import to
//! `<import path>.<Func>` (`exec.Command` → `os/exec.Command`), a method call on a value of known type to
//! `<import path>.<Type>.<Method>` (`db.Query` with `db *sql.DB` → `database/sql.DB.Query`).

use pathfinder_python::{
    Arg, CallKind, CallSite, CrossFile, ExprKind, FileModel, LineIndex, Scope, ScopeId, ScopeKind,
    Span, SyntaxIssue, TaintRules, Value,
};
use rustc_hash::FxHashMap;
use std::sync::Arc;
use tree_sitter::{Node, Parser};

mod bindings;
pub mod library;
pub mod module;

/// Deeper expressions than this are not evaluated (their value is unknown): bounds the recursion.
const MAX_DEPTH: u32 = 48;

pub mod taint;

/// Models one Go file. Never panics on bad input: a tree with syntax errors still yields its parseable
/// parts, and the errors are reported in `syntax_errors`.
pub fn analyze(path: &str, source: Arc<str>) -> FileModel {
    analyze_with_taint(
        path,
        source,
        &module::Context::default(),
        None,
        CrossFile::default(),
    )
}

/// [`analyze`] for a file of a module: local types are named by the package's import path and calls into
/// the module's packages resolve through the module's declarations.
pub fn analyze_in(path: &str, source: Arc<str>, ctx: &module::Context) -> FileModel {
    analyze_with_taint(path, source, ctx, None, CrossFile::default())
}

/// [`analyze_in`], plus the taint analysis of the flow rules `rules` activates for this file, run on the
/// tree before it is dropped (results in [`FileModel::taint`] and [`FileModel::exported`]).
pub fn analyze_with_taint(
    path: &str,
    source: Arc<str>,
    ctx: &module::Context,
    rules: Option<&dyn TaintRules>,
    cross: CrossFile<'_>,
) -> FileModel {
    let mut model = FileModel {
        path: path.to_string(),
        module: String::new(),
        lines: LineIndex::new(&source),
        source: source.clone(),
        imports: FxHashMap::default(),
        calls: Vec::new(),
        scopes: vec![Scope {
            kind: ScopeKind::Module,
            qualname: String::new(),
            parent: None,
            span: Span {
                start: 0,
                end: source.len() as u32,
            },
        }],
        classes: Vec::new(),
        comments: Vec::new(),
        suppressions: Vec::new(),
        too_deep: Vec::new(),
        syntax_errors: Vec::new(),
        taint: Vec::new(),
        taint_capped: Vec::new(),
        exported: Vec::new(),
        flow_rules: Vec::new(),
        parameters: Vec::new(),
    };
    let mut parser = Parser::new();
    if parser
        .set_language(&tree_sitter_go::LANGUAGE.into())
        .is_err()
    {
        model.syntax_errors.push(SyntaxIssue {
            line: 1,
            column: 1,
            message: "the Go grammar could not be loaded".into(),
        });
        return model;
    }
    let Some(tree) = parser.parse(source.as_bytes(), None) else {
        model.syntax_errors.push(SyntaxIssue {
            line: 1,
            column: 1,
            message: "the Go parser gave up on this file".into(),
        });
        return model;
    };
    let root = tree.root_node();
    let mut w = Walker {
        src: &source,
        model: &mut model,
        consts: FxHashMap::default(),
        types: FxHashMap::default(),
        origins: FxHashMap::default(),
        ctx,
        local: module::ModuleIndex::default(),
        fields: FxHashMap::default(),
    };
    w.top_level(root);
    let fields = std::mem::take(&mut w.fields);
    if let Some(spec) = rules.and_then(|r| r.for_file(&model.calls, &cross, &source)) {
        model.flow_rules = (0..spec.rule_count())
            .map(|r| spec.global_rule(r))
            .collect();
        let (found, exported) =
            taint::analyze(root, &model, spec.as_ref(), cross.external, &fields);
        model.taint = found;
        model.exported = exported;
    }
    model
}

struct Walker<'a> {
    src: &'a str,
    model: &'a mut FileModel,
    /// Package-level and function-local constants with a known value (flow-insensitive per function).
    consts: FxHashMap<String, Value>,
    /// Variable → resolved type (`net/http.Request`) in the function being walked.
    types: FxHashMap<String, String>,
    /// Variable → the resolved function whose result it holds (`creds := insecure.NewCredentials()`), so an
    /// argument naming the variable also names where its value came from.
    origins: FxHashMap<String, String>,
    ctx: &'a module::Context,
    /// This file's own declarations (struct fields, results), read before its functions are walked.
    local: module::ModuleIndex,
    /// `Type.field` → resolved type of the field, for the struct types the file declares.
    fields: FxHashMap<String, String>,
}

impl<'a> Walker<'a> {
    fn text(&self, n: Node) -> &'a str {
        self.src.get(n.byte_range()).unwrap_or("")
    }

    fn span(n: Node) -> Span {
        Span {
            start: n.start_byte() as u32,
            end: n.end_byte() as u32,
        }
    }

    fn top_level(&mut self, root: Node) {
        let mut cursor = root.walk();
        let decls: Vec<Node> = root.named_children(&mut cursor).collect();
        // Imports, this file's declarations and package-level constants first: functions may use them
        // before their declaration.
        for d in decls.iter().filter(|d| d.kind() == "import_declaration") {
            self.imports(*d);
        }
        let mut own = module::Declarations::default();
        let package = self.ctx.package.as_deref();
        module::collect(root, self.src, package, &self.model.imports, &mut own);
        self.local.add(own);
        for d in &decls {
            if matches!(d.kind(), "const_declaration" | "var_declaration") {
                self.bindings(*d);
            }
        }
        for d in &decls {
            if d.kind() == "type_declaration" {
                self.struct_fields(*d);
            }
        }
        let package_types = self.types.clone();
        let package_consts = self.consts.clone();
        for d in &decls {
            match d.kind() {
                "function_declaration" | "method_declaration" => {
                    self.types = package_types.clone();
                    self.consts = package_consts.clone();
                    self.origins.clear();
                    self.function(*d);
                }
                _ => self.walk(*d, 0),
            }
        }
        self.comments_and_errors(root);
        // Suppression comments cover their own line, or the line below when written alone above it.
        // The directive reader knows comment-only lines by a leading `#`: give it Go's `//` lines that way.
        let source = self.model.source.clone();
        let owned: Vec<String> = source
            .lines()
            .map(|l| match l.trim_start().strip_prefix("//") {
                Some(rest) => format!("#{rest}"),
                None => l.to_string(),
            })
            .collect();
        let lines: Vec<&str> = owned.iter().map(String::as_str).collect();
        self.model.comments.sort_by_key(|(line, _)| *line);
        self.model.suppressions =
            pathfinder_findings::suppress::directives(&self.model.comments, &lines, &|_| None);
    }

    fn imports(&mut self, decl: Node) {
        let mut stack = vec![decl];
        while let Some(n) = stack.pop() {
            if n.kind() == "import_spec" {
                let Some(path) = n.child_by_field_name("path") else {
                    continue;
                };
                let path = unquote(self.text(path));
                let local = match n.child_by_field_name("name") {
                    // Blank imports bind nothing; dot imports put names in scope unqualified.
                    Some(name) if name.kind() == "blank_identifier" => continue,
                    Some(name) if name.kind() == "dot" => ".".to_string(),
                    Some(name) => self.text(name).to_string(),
                    None => self.package_name(&path).to_string(),
                };
                if local == "." {
                    self.model.imports.entry(format!(".{path}")).or_insert(path);
                } else {
                    self.model.imports.insert(local, path);
                }
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
    }

    /// `const`/`var` declarations: constant values and declared types.
    fn bindings(&mut self, decl: Node) {
        let mut stack = vec![decl];
        while let Some(n) = stack.pop() {
            if matches!(n.kind(), "const_spec" | "var_spec") {
                let names = self.field_names(n);
                let ty = n
                    .child_by_field_name("type")
                    .and_then(|t| self.resolve_type(t));
                let values: Vec<Node> = n
                    .child_by_field_name("value")
                    .map(|v| {
                        let mut c = v.walk();
                        v.named_children(&mut c).collect()
                    })
                    .unwrap_or_default();
                for (i, name) in names.iter().enumerate() {
                    let value = values.get(i).copied();
                    if let Some(t) = ty.clone().or_else(|| value.and_then(|v| self.type_of(v))) {
                        self.types.insert(name.clone(), t);
                    } else {
                        self.types.remove(name);
                    }
                    match value.map(|v| self.value(v, 0)) {
                        Some(v) if n.kind() == "const_spec" && v.is_known() => {
                            self.consts.insert(name.clone(), v);
                        }
                        _ => {
                            self.consts.remove(name);
                        }
                    }
                }
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
    }

    /// `type Server struct { db *sql.DB }` → `Server.db` is `database/sql.DB`.
    fn struct_fields(&mut self, decl: Node) {
        let mut c = decl.walk();
        for spec in decl.named_children(&mut c) {
            let (Some(name), Some(ty)) = (
                spec.child_by_field_name("name"),
                spec.child_by_field_name("type"),
            ) else {
                continue;
            };
            if ty.kind() != "struct_type" {
                continue;
            }
            let owner = self.text(name).to_string();
            let mut stack = vec![ty];
            while let Some(n) = stack.pop() {
                if n.kind() == "field_declaration" {
                    let Some(t) = n
                        .child_by_field_name("type")
                        .and_then(|t| self.resolve_type(t))
                    else {
                        continue;
                    };
                    for f in self.field_names(n) {
                        self.fields.insert(format!("{owner}.{f}"), t.clone());
                    }
                    continue;
                }
                let mut c = n.walk();
                stack.extend(n.named_children(&mut c));
            }
        }
    }

    fn field_names(&self, n: Node) -> Vec<String> {
        let mut c = n.walk();
        n.children_by_field_name("name", &mut c)
            .map(|x| self.text(x).to_string())
            .collect()
    }

    fn function(&mut self, f: Node) {
        let name = f
            .child_by_field_name("name")
            .map(|n| self.text(n))
            .unwrap_or("");
        let mut qualname = name.to_string();
        if let Some(recv) = f.child_by_field_name("receiver") {
            self.parameters(recv);
            // `func (s *Server) Start()` is `Server.Start`.
            if let Some(p) = recv.named_child(0) {
                if let Some(t) = p.child_by_field_name("type") {
                    let base = self.text(t).trim_start_matches('*');
                    let base = base.split('[').next().unwrap_or(base);
                    qualname = format!("{base}.{name}");
                }
            }
        }
        if let Some(params) = f.child_by_field_name("parameters") {
            self.parameters(params);
        }
        let scope = self.model.scopes.len() as ScopeId;
        self.model.scopes.push(Scope {
            kind: ScopeKind::Function,
            qualname,
            parent: Some(0),
            span: Self::span(f),
        });
        if let Some(body) = f.child_by_field_name("body") {
            self.walk_in(body, scope);
        }
    }

    fn parameters(&mut self, list: Node) {
        let mut c = list.walk();
        for p in list.named_children(&mut c) {
            if !matches!(
                p.kind(),
                "parameter_declaration" | "variadic_parameter_declaration"
            ) {
                continue;
            }
            let ty = p
                .child_by_field_name("type")
                .and_then(|t| self.resolve_type(t));
            for name in self.field_names(p) {
                if !self.model.parameters.contains(&name) {
                    self.model.parameters.push(name.clone());
                }
                match &ty {
                    Some(t) => self.types.insert(name, t.clone()),
                    None => self.types.remove(&name),
                };
            }
        }
    }

    /// Walks a subtree outside any function (package-level `var x = f()`).
    fn walk(&mut self, n: Node, scope: ScopeId) {
        self.walk_in(n, scope)
    }

    /// One iterative pre-order walk (deep nesting cannot overflow the stack): declarations update the
    /// function's variable types and constants, calls become call sites.
    fn walk_in(&mut self, root: Node, scope: ScopeId) {
        let mut stack = vec![root];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "short_var_declaration" | "assignment_statement" => {
                    self.record_assignment(n, scope);
                    self.assignment(n)
                }
                "const_declaration" | "var_declaration" => self.bindings(n),
                "const_spec" | "var_spec" => self.record_spec(n, scope),
                "keyed_element" => self.record_keyed_element(n, scope),
                "call_expression" => self.call(n, scope),
                // A handler written as a closure (`r.GET("/", func(c *gin.Context) {...})`) types its
                // parameters like a declared function.
                "func_literal" => {
                    if let Some(params) = n.child_by_field_name("parameters") {
                        self.parameters(params);
                    }
                }
                _ => {}
            }
            let mut c = n.walk();
            let children: Vec<Node> = n.named_children(&mut c).collect();
            // Reverse so siblings are visited in source order (declarations before later uses).
            stack.extend(children.into_iter().rev());
        }
    }

    fn assignment(&mut self, n: Node) {
        let (Some(left), Some(right)) = (
            n.child_by_field_name("left"),
            n.child_by_field_name("right"),
        ) else {
            return;
        };
        let mut c = left.walk();
        let names: Vec<Node> = left.named_children(&mut c).collect();
        let mut c = right.walk();
        let values: Vec<Node> = right.named_children(&mut c).collect();
        let plain = n
            .child_by_field_name("operator")
            .is_none_or(|op| matches!(self.text(op), "=" | ":="));
        for (i, name) in names.iter().enumerate() {
            if name.kind() != "identifier" {
                continue;
            }
            let name = self.text(*name).to_string();
            // `x, err := f()` gives x the call's first result.
            let value = if names.len() == values.len() {
                values.get(i).copied()
            } else {
                (i == 0 && values.len() == 1)
                    .then(|| values[0])
                    .filter(|v| v.kind() == "call_expression")
            };
            let value = value.filter(|_| plain);
            // `tx, err := db.Begin()`: the first result of a known constructor.
            let first_result = (i == 0 && names.len() > 1 && values.len() == 1 && plain)
                .then(|| self.first_result_type(values[0]))
                .flatten();
            match value.and_then(|v| self.type_of(v)).or(first_result) {
                Some(t) => {
                    self.types.insert(name.clone(), t);
                }
                None if value.is_some() => {
                    self.types.remove(&name);
                }
                None => {}
            }
            match value
                .filter(|v| v.kind() == "call_expression")
                .and_then(|v| self.resolve_call(v).fqn)
            {
                Some(f) => self.origins.insert(name.clone(), f),
                None => self.origins.remove(&name),
            };
            // A name assigned a second time is no longer a constant.
            self.consts.remove(&name);
        }
    }

    /// The type of the first result of a call returning `(T, error)`, for the constructors of the
    /// database, HTTP and URL types the rules look at.
    fn first_result_type(&self, v: Node) -> Option<String> {
        if v.kind() != "call_expression" {
            return None;
        }
        let f = v.child_by_field_name("function")?;
        if f.kind() != "selector_expression" {
            return None;
        }
        let operand = f.child_by_field_name("operand")?;
        let method = self.text(f.child_by_field_name("field")?);
        let owner = match self.type_of(operand) {
            Some(t) => t,
            None if operand.kind() == "identifier" => {
                self.model.imports.get(self.text(operand))?.clone()
            }
            None => return None,
        };
        let t = match (owner.as_str(), method) {
            ("database/sql", "Open") => "database/sql.DB",
            ("database/sql.DB", "Begin" | "BeginTx") => "database/sql.Tx",
            ("database/sql.DB" | "database/sql.Tx", "Prepare" | "PrepareContext") => {
                "database/sql.Stmt"
            }
            ("github.com/jmoiron/sqlx", "Open" | "Connect" | "ConnectContext") => {
                "github.com/jmoiron/sqlx.DB"
            }
            ("github.com/jmoiron/sqlx.DB", "Beginx" | "BeginTxx") => "github.com/jmoiron/sqlx.Tx",
            ("gorm.io/gorm", "Open") => "gorm.io/gorm.DB",
            ("github.com/jackc/pgx/v5", "Connect" | "ConnectConfig") => {
                "github.com/jackc/pgx/v5.Conn"
            }
            ("github.com/jackc/pgx/v5/pgxpool", "New" | "NewWithConfig" | "Connect") => {
                "github.com/jackc/pgx/v5/pgxpool.Pool"
            }
            ("net/http", "NewRequest" | "NewRequestWithContext") => "net/http.Request",
            ("net/url", "Parse" | "ParseRequestURI") => "net/url.URL",
            _ => return None,
        };
        Some(t.to_string())
    }

    /// The type of an expression when it is evident: a composite literal, `&T{}`, `new(T)`, or a name of
    /// known type.
    fn type_of(&self, v: Node) -> Option<String> {
        self.type_at(v, 0)
    }

    fn type_at(&self, v: Node, depth: u32) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match v.kind() {
            "composite_literal" => self.resolve_type(v.child_by_field_name("type")?),
            "unary_expression" => self.type_at(v.child_by_field_name("operand")?, depth + 1),
            "parenthesized_expression" => self.type_at(v.named_child(0)?, depth + 1),
            "identifier" => self.types.get(self.text(v)).cloned(),
            "call_expression" => {
                let f = v.child_by_field_name("function")?;
                if self.text(f) == "new" {
                    let args = v.child_by_field_name("arguments")?;
                    return self.resolve_type(args.named_child(0)?);
                }
                let c = self.resolve_call_at(v, depth + 1);
                // Outside a module a local function keeps its bare name (`NewServer()`).
                let bare = (f.kind() == "identifier").then_some(c.callee);
                if let Some(t) = c
                    .fqn
                    .as_deref()
                    .or(bare.as_deref())
                    .and_then(|q| self.result_of(q))
                {
                    return Some(t);
                }
                // Builder chains: `db.Where(...).Order(x)`, `client.R().SetQueryParam(...).Get(u)`.
                let method = self.text(f.child_by_field_name("field")?);
                let operand = f.child_by_field_name("operand")?;
                let owner = match self.type_at(operand, depth + 1) {
                    Some(t) => t,
                    None if operand.kind() == "identifier" => {
                        let path = self.model.imports.get(self.text(operand))?;
                        return chained_type(path, method);
                    }
                    None => return None,
                };
                chained_type(&owner, method)
            }
            // `s.db` (a struct field, declared in this file or elsewhere in the module) and `pkg.Var`.
            "selector_expression" => {
                let operand = v.child_by_field_name("operand")?;
                let field = self.text(v.child_by_field_name("field")?);
                let otext = self.text(operand);
                if operand.kind() == "identifier" && !self.types.contains_key(otext) {
                    let path = self.model.imports.get(otext)?;
                    return self.package_var(&format!("{path}.{field}"));
                }
                let owner = self.type_at(operand, depth + 1)?;
                self.field_of(&owner, field)
                    .or_else(|| field_type(&self.fields, &owner, field))
            }
            _ => None,
        }
    }

    /// `*http.Request` → `net/http.Request`; local types keep their own name.
    fn resolve_type(&self, t: Node) -> Option<String> {
        module::resolve_type_node(
            self.src,
            t,
            &self.model.imports,
            self.ctx.package.as_deref(),
        )
    }

    /// What a call expression calls: its name, receiver and the name resolved through imports and types.
    fn resolve_call<'t>(&self, n: Node<'t>) -> Callee<'t> {
        self.resolve_call_at(n, 0)
    }

    /// [`Self::resolve_call`] inside an expression `depth` levels deep (method chains are bounded).
    fn resolve_call_at<'t>(&self, n: Node<'t>, depth: u32) -> Callee<'t> {
        let mut out = Callee::default();
        let Some(function) = n.child_by_field_name("function") else {
            return out;
        };
        let callee: String = self.text(function).split_whitespace().collect();
        let (receiver, name) = match function.kind() {
            "selector_expression" => (
                function.child_by_field_name("operand"),
                function
                    .child_by_field_name("field")
                    .map(|f| self.text(f).to_string()),
            ),
            "identifier" => {
                out.fqn = self.package_function(&callee);
                (None, Some(callee.clone()))
            }
            _ => (None, None),
        };
        out.callee = callee;
        out.receiver = receiver;
        out.name = name;
        if let Some(r) = receiver {
            let rtext = self.text(r);
            let name = out.name.as_deref().unwrap_or("");
            if r.kind() == "identifier" {
                if let Some(t) = self.types.get(rtext) {
                    // A variable shadows a package of the same name.
                    out.receiver_type = Some(t.clone());
                    out.fqn = Some(format!("{t}.{name}"));
                } else if let Some(path) = self.model.imports.get(rtext) {
                    out.fqn = Some(format!("{path}.{name}"));
                    // Written under a name other than the package's own: only the import path counts.
                    out.text_is_alias = rtext != self.package_name(path);
                }
            } else if let Some(t) = self.type_at(r, depth + 1) {
                out.receiver_type = Some(t.clone());
                out.fqn = Some(format!("{t}.{name}"));
            }
        }
        out
    }

    fn call(&mut self, n: Node, scope: ScopeId) {
        let Callee {
            callee,
            name,
            fqn,
            receiver,
            receiver_type,
            text_is_alias,
        } = self.resolve_call(n);
        let Some(name) = name else { return };
        let args = self.arguments(n);
        // A call at the end of a chain (`db.Where(a).\n Order(b)`) is where its method is written.
        let mut span = Self::span(n);
        if receiver.is_some_and(|r| r.kind() == "call_expression") {
            if let Some(field) = n
                .child_by_field_name("function")
                .and_then(|f| f.child_by_field_name("field"))
            {
                span.start = field.start_byte() as u32;
            }
        }
        self.model.calls.push(CallSite {
            kind: CallKind::Call,
            callee,
            name,
            fqn,
            text_is_alias,
            receiver: receiver.map(|r| self.text(r).to_string()),
            receiver_type,
            args,
            star_args_at: None,
            has_star_kwargs: false,
            span,
            scope,
        });
    }

    fn arguments(&self, call: Node) -> Vec<Arg> {
        let Some(list) = call.child_by_field_name("arguments") else {
            return Vec::new();
        };
        let mut c = list.walk();
        list.named_children(&mut c)
            .filter(|a| a.kind() != "comment")
            .enumerate()
            .map(|(i, a)| Arg {
                position: Some(i),
                keyword: None,
                value: self.value(a, 0),
                kind: self.kind(a),
                template: self.template(a, 0),
                names: self.names(a),
                span: Self::span(a),
            })
            .collect()
    }

    fn kind(&self, a: Node) -> ExprKind {
        match a.kind() {
            "interpreted_string_literal"
            | "raw_string_literal"
            | "int_literal"
            | "float_literal"
            | "true"
            | "false"
            | "nil" => ExprKind::Literal,
            "identifier" => ExprKind::Name(self.text(a).to_string()),
            "selector_expression" => ExprKind::Attribute,
            "call_expression" => {
                let f = a
                    .child_by_field_name("function")
                    .map(|f| self.text(f))
                    .unwrap_or("");
                if f == "fmt.Sprintf" {
                    ExprKind::FormatCall
                } else {
                    ExprKind::Call
                }
            }
            "index_expression" => ExprKind::Subscript,
            "binary_expression" if self.is_concat(a) => ExprKind::Concat,
            "composite_literal" => ExprKind::Container,
            "func_literal" => ExprKind::Lambda,
            _ => ExprKind::Other,
        }
    }

    fn is_concat(&self, a: Node) -> bool {
        a.child_by_field_name("operator")
            .is_some_and(|o| self.text(o) == "+")
    }

    /// The constant value of an expression: literals, constants, constant concatenation.
    fn value(&self, a: Node, depth: u32) -> Value {
        if depth > MAX_DEPTH {
            return Value::Unknown;
        }
        match a.kind() {
            "interpreted_string_literal" | "raw_string_literal" => {
                Value::Str(unquote(self.text(a)))
            }
            "int_literal" => parse_int(self.text(a)).map_or(Value::Unknown, Value::Int),
            "float_literal" => self
                .text(a)
                .replace('_', "")
                .parse()
                .map_or(Value::Unknown, Value::Float),
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "nil" => Value::None,
            "identifier" => self
                .consts
                .get(self.text(a))
                .cloned()
                .unwrap_or(Value::Unknown),
            "parenthesized_expression" => a
                .named_child(0)
                .map_or(Value::Unknown, |x| self.value(x, depth + 1)),
            "selector_expression" => {
                // `tls.VersionTLS10` → the symbol `crypto/tls.VersionTLS10`.
                let (Some(op), Some(field)) = (
                    a.child_by_field_name("operand"),
                    a.child_by_field_name("field"),
                ) else {
                    return Value::Unknown;
                };
                let pkg = self.text(op);
                if op.kind() == "identifier" && !self.types.contains_key(pkg) {
                    if let Some(path) = self.model.imports.get(pkg) {
                        return Value::Symbol(format!("{path}.{}", self.text(field)));
                    }
                }
                Value::Unknown
            }
            "binary_expression" if self.is_concat(a) => {
                let (Some(l), Some(r)) = (
                    a.child_by_field_name("left"),
                    a.child_by_field_name("right"),
                ) else {
                    return Value::Unknown;
                };
                match (self.value(l, depth + 1), self.value(r, depth + 1)) {
                    (Value::Str(x), Value::Str(y)) => Value::Str(x + &y),
                    (Value::Int(x), Value::Int(y)) => {
                        x.checked_add(y).map_or(Value::Unknown, Value::Int)
                    }
                    _ => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// Constant skeleton of a string built at run time (`"SELECT " + x` → `SELECT {}`), for `regex()`.
    fn template(&self, a: Node, depth: u32) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match a.kind() {
            "binary_expression" if self.is_concat(a) => {
                let l = a.child_by_field_name("left")?;
                let r = a.child_by_field_name("right")?;
                let part = |x: Node| match self.value(x, depth + 1) {
                    Value::Str(s) => s,
                    _ => self.template(x, depth + 1).unwrap_or_else(|| "{}".into()),
                };
                Some(part(l) + &part(r))
            }
            "call_expression" => {
                let f = a.child_by_field_name("function")?;
                if self.text(f) != "fmt.Sprintf" {
                    return None;
                }
                let args = a.child_by_field_name("arguments")?;
                match self.value(args.named_child(0)?, depth + 1) {
                    Value::Str(s) => Some(verbs_to_holes(&s)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Identifiers an argument mentions (`cfg.Password` mentions `cfg` and `Password`).
    fn names(&self, a: Node) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![a];
        while let Some(n) = stack.pop() {
            if matches!(n.kind(), "identifier" | "field_identifier") {
                let t = self.text(n).to_string();
                // A variable holding a call's result also names that call (`creds` → `…insecure.NewCredentials`).
                if let Some(origin) = self.origins.get(&t) {
                    if !out.contains(origin) {
                        out.push(origin.clone());
                    }
                }
                if !out.contains(&t) {
                    out.push(t);
                }
            }
            // A nested call is named by its resolved name too, so a rule can ask for `…insecure.NewCredentials`
            // under any import name.
            if n.kind() == "call_expression" {
                if let Some(f) = self.resolve_call(n).fqn {
                    if !out.contains(&f) {
                        out.push(f);
                    }
                }
            }
            // Names inside a nested call's arguments are that call's business, not this argument's.
            if n.kind() == "func_literal" || out.len() > 64 {
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
        out
    }

    fn comments_and_errors(&mut self, root: Node) {
        let mut stack = vec![root];
        let mut errors = Vec::new();
        while let Some(n) = stack.pop() {
            if n.kind() == "comment" {
                let line = n.start_position().row as u32 + 1;
                let raw = self.text(n);
                let text = raw
                    .strip_prefix("//")
                    .or_else(|| raw.strip_prefix("/*").map(|s| s.trim_end_matches("*/")))
                    .unwrap_or(raw)
                    .to_string();
                self.model.comments.push((line, text));
                continue;
            }
            if n.is_error() || n.is_missing() {
                let p = n.start_position();
                let message = if n.is_missing() {
                    format!("missing {}", n.kind())
                } else {
                    "unexpected text".to_string()
                };
                errors.push(SyntaxIssue {
                    line: p.row as u32 + 1,
                    column: self.model.lines.position(self.src, n.start_byte() as u32).1,
                    message,
                });
            }
            if n.has_error() || n.child_count() > 0 {
                let mut c = n.walk();
                stack.extend(n.children(&mut c));
            }
        }
        self.model.comments.sort();
        errors.sort_by_key(|e| (e.line, e.column));
        self.model.syntax_errors = errors;
    }
}

/// A call expression's callee, resolved ([`Walker::resolve_call`]).
#[derive(Default)]
struct Callee<'t> {
    callee: String,
    name: Option<String>,
    fqn: Option<String>,
    receiver: Option<Node<'t>>,
    receiver_type: Option<String>,
    text_is_alias: bool,
}

/// The type of a field: of a struct the file declares, or of a framework type handlers read
/// (`c.Request` of gin's context is the `*http.Request`).
pub fn field_type(fields: &FxHashMap<String, String>, owner: &str, field: &str) -> Option<String> {
    match (owner, field) {
        ("github.com/gin-gonic/gin.Context", "Request") => Some("net/http.Request".into()),
        ("net/http.Request", "URL") => Some("net/url.URL".into()),
        _ => fields.get(&format!("{owner}.{field}")).cloned(),
    }
}

/// The type a call returns when the library is written as a builder (each method returns its receiver),
/// or a constructor of one: gorm's `*DB` chains and resty's client and request.
pub(crate) fn chained_type(owner: &str, method: &str) -> Option<String> {
    const GORM: &str = "gorm.io/gorm.DB";
    const RESTY: &str = "github.com/go-resty/resty/v2";
    match owner {
        GORM if !matches!(method, "Row" | "Rows" | "ScanRows" | "DB") => Some(GORM.into()),
        // echo hands the handler its `*http.Request` through a method.
        "github.com/labstack/echo/v4.Context" if method == "Request" => {
            Some("net/http.Request".into())
        }
        RESTY if method == "New" => Some(format!("{RESTY}.Client")),
        _ if owner == format!("{RESTY}.Client") => match method {
            "R" | "NewRequest" => Some(format!("{RESTY}.Request")),
            m if m.starts_with("Set") => Some(owner.into()),
            _ => None,
        },
        _ if owner == format!("{RESTY}.Request") && method.starts_with("Set") => Some(owner.into()),
        _ => None,
    }
}

/// The name a package is referred to by when imported without a name: its last path element, without a
/// major-version suffix (`github.com/go-chi/chi/v5` → `chi`, `gopkg.in/yaml.v3` → `yaml`).
pub fn default_package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version =
        |s: &str| s.len() > 1 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit());
    let last = if is_version(last) {
        parts.next().unwrap_or(last)
    } else {
        last
    };
    let last = match last.split_once(".v") {
        Some((name, v)) if v.bytes().all(|b| b.is_ascii_digit()) && !v.is_empty() => name,
        _ => last,
    };
    // `github.com/dgrijalva/jwt-go` is package `jwt`, `github.com/go-redis/redis` package `redis`.
    let last = last.strip_suffix("-go").unwrap_or(last);
    last.strip_prefix("go-").unwrap_or(last)
}

/// The text of a Go string literal: raw strings as written, interpreted strings with their escapes.
pub(crate) fn unquote(lit: &str) -> String {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw.strip_suffix('`').unwrap_or(raw).to_string();
    }
    let inner = lit.strip_prefix('"').unwrap_or(lit);
    let inner = inner.strip_suffix('"').unwrap_or(inner);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('\'') => out.push('\''),
            // Rarer escapes are kept as written: the value is only compared against rule text.
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn parse_int(text: &str) -> Option<i128> {
    let t = text.replace('_', "");
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (h.to_string(), 16)
    } else if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (b.to_string(), 2)
    } else if let Some(o) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (o.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

/// `fmt.Sprintf` format → constant skeleton with `{}` per verb (`id=%d` → `id={}`).
fn verbs_to_holes(format: &str) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            out.push('%');
            continue;
        }
        // Flags, width and precision, then the verb letter.
        while let Some(&n) = chars.peek() {
            chars.next();
            if n.is_ascii_alphabetic() {
                break;
            }
        }
        out.push_str("{}");
    }
    out
}

#[cfg(test)]
mod tests;
