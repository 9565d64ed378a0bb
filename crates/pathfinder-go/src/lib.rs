//! Go front end: one tree-sitter parse per `.go` file, walked once into the same [`FileModel`] the
//! Python front end produces (imports, call sites with resolved names and receiver types, constant
//! argument values, functions, comments, suppressions), so the engine's matchers run on Go unchanged.
//!
//! Names are resolved the way Go spells them: a package-qualified call resolves through its import to
//! `<import path>.<Func>` (`exec.Command` → `os/exec.Command`), a method call on a value of known type to
//! `<import path>.<Type>.<Method>` (`db.Query` with `db *sql.DB` → `database/sql.DB.Query`).

use pathfinder_python::{
    Arg, CallKind, CallSite, ExprKind, FileModel, LineIndex, Scope, ScopeId, ScopeKind, Span,
    SyntaxIssue, Value,
};
use rustc_hash::FxHashMap;
use std::sync::Arc;
use tree_sitter::{Node, Parser};

/// Deeper expressions than this are not evaluated (their value is unknown): bounds the recursion.
const MAX_DEPTH: u32 = 48;

/// Models one Go file. Never panics on bad input: a tree with syntax errors still yields its parseable
/// parts, and the errors are reported in `syntax_errors`.
pub fn analyze(path: &str, source: Arc<str>) -> FileModel {
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
    };
    w.top_level(root);
    model
}

struct Walker<'a> {
    src: &'a str,
    model: &'a mut FileModel,
    /// Package-level and function-local constants with a known value (flow-insensitive per function).
    consts: FxHashMap<String, Value>,
    /// Variable → resolved type (`net/http.Request`) in the function being walked.
    types: FxHashMap<String, String>,
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
        // Imports and package-level constants first: functions may use them before their declaration.
        for d in &decls {
            match d.kind() {
                "import_declaration" => self.imports(*d),
                "const_declaration" | "var_declaration" => self.bindings(*d),
                _ => {}
            }
        }
        let package_types = self.types.clone();
        let package_consts = self.consts.clone();
        for d in &decls {
            match d.kind() {
                "function_declaration" | "method_declaration" => {
                    self.types = package_types.clone();
                    self.consts = package_consts.clone();
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
                    None => default_package_name(&path).to_string(),
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
                "short_var_declaration" | "assignment_statement" => self.assignment(n),
                "const_declaration" | "var_declaration" => self.bindings(n),
                "call_expression" => self.call(n, scope),
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
            // `x, err := f()` gives x the call's first result; only single values are typed here.
            let value = (names.len() == values.len() && plain)
                .then(|| values.get(i).copied())
                .flatten();
            match value.and_then(|v| self.type_of(v)) {
                Some(t) => {
                    self.types.insert(name.clone(), t);
                }
                None if value.is_some() => {
                    self.types.remove(&name);
                }
                None => {}
            }
            // A name assigned a second time is no longer a constant.
            self.consts.remove(&name);
        }
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
                None
            }
            _ => None,
        }
    }

    /// `*http.Request` → `net/http.Request`; local types keep their own name.
    fn resolve_type(&self, t: Node) -> Option<String> {
        // `*T` and `**T` name T; deeper pointer chains are not worth a type.
        let mut t = t;
        for _ in 0..4 {
            if t.kind() != "pointer_type" {
                break;
            }
            t = t.named_child(0)?;
        }
        match t.kind() {
            "qualified_type" => {
                let pkg = self.text(t.child_by_field_name("package")?);
                let name = self.text(t.child_by_field_name("name")?);
                let path = self.model.imports.get(pkg)?;
                Some(format!("{path}.{name}"))
            }
            "type_identifier" => Some(self.text(t).to_string()),
            "generic_type" => {
                let base = t.child_by_field_name("type")?;
                (base.kind() != "generic_type")
                    .then(|| self.resolve_type(base))
                    .flatten()
            }
            _ => None,
        }
    }

    fn call(&mut self, n: Node, scope: ScopeId) {
        let Some(function) = n.child_by_field_name("function") else {
            return;
        };
        let callee: String = self.text(function).split_whitespace().collect();
        let (receiver, name) = match function.kind() {
            "selector_expression" => (
                function.child_by_field_name("operand"),
                function
                    .child_by_field_name("field")
                    .map(|f| self.text(f).to_string()),
            ),
            "identifier" => (None, Some(callee.clone())),
            _ => (None, None),
        };
        let Some(name) = name else { return };
        let mut fqn = None;
        let mut receiver_type = None;
        let mut text_is_alias = false;
        if let Some(r) = receiver {
            let rtext = self.text(r);
            if r.kind() == "identifier" {
                if let Some(t) = self.types.get(rtext) {
                    // A variable shadows a package of the same name.
                    receiver_type = Some(t.clone());
                    fqn = Some(format!("{t}.{name}"));
                } else if let Some(path) = self.model.imports.get(rtext) {
                    fqn = Some(format!("{path}.{name}"));
                    // Written under a name other than the package's own: only the import path counts.
                    text_is_alias = rtext != default_package_name(path);
                }
            } else if let Some(t) = self.type_of(r) {
                receiver_type = Some(t.clone());
                fqn = Some(format!("{t}.{name}"));
            }
        }
        let args = self.arguments(n);
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
            span: Self::span(n),
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
                if !out.contains(&t) {
                    out.push(t);
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
    last.strip_prefix("go-").unwrap_or(last)
}

/// The text of a Go string literal: raw strings as written, interpreted strings with their escapes.
fn unquote(lit: &str) -> String {
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
