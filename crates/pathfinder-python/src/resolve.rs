//! Name resolution over the bindings of pass 1: constant values, fully qualified callee names and
//! receiver types. Every lookup is bounded in depth so self-referential code cannot loop.

use crate::bindings::{Binding, Bindings};
use crate::model::{ScopeId, ScopeKind, Value};
use crate::types::{self, Ty};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

const MAX_DEPTH: u32 = 24;

/// What a bare name refers to at a point in the program.
pub(crate) enum NameRef<'b, 'a> {
    /// Bound (in `scope`) by these bindings.
    Bound(ScopeId, &'b [Binding<'a>]),
    /// Not bound anywhere in the file: a builtin, or a name from a star import.
    Unbound,
}

pub(crate) struct Resolver<'b, 'a> {
    pub b: &'b Bindings<'a>,
}

impl<'b, 'a> Resolver<'b, 'a> {
    pub fn lookup(&self, name: &str, scope: ScopeId) -> NameRef<'b, 'a> {
        let data = &self.b.data;
        let mut id = Some(scope);
        let mut first = true;
        while let Some(s) = id {
            let sc = &self.b.scopes[s as usize];
            // Class bodies are visible only to code directly inside them, not to their methods.
            let visible = first || sc.kind != ScopeKind::Class;
            if visible {
                if data[s as usize].globals.contains(name) {
                    return self.bound_in(name, 0);
                }
                if let Some(bindings) = data[s as usize].bindings.get(name) {
                    return NameRef::Bound(s, bindings);
                }
            }
            first = false;
            id = sc.parent;
        }
        NameRef::Unbound
    }

    fn bound_in(&self, name: &str, scope: ScopeId) -> NameRef<'b, 'a> {
        match self.b.data[scope as usize].bindings.get(name) {
            Some(bindings) => NameRef::Bound(scope, bindings),
            None => NameRef::Unbound,
        }
    }

    /// Whether the callee text is only an alias for the resolved name: its first name is bound to a local
    /// definition, or to an import under another name (`import subprocess as sp`). An import under its own
    /// name (`from flask import request`) keeps the text meaningful.
    pub fn text_is_alias(&self, expr: &Expr, scope: ScopeId) -> bool {
        let Some(head) = head_name(expr) else {
            return false;
        };
        match self.lookup(head, scope) {
            NameRef::Bound(_, bindings) => bindings.iter().any(|b| match b {
                Binding::Def { .. } => true,
                Binding::Import(fqn) => fqn.rsplit('.').next() != Some(head),
                _ => false,
            }),
            NameRef::Unbound => false,
        }
    }

    // ---- constants -------------------------------------------------------------------------------

    pub fn value(&self, expr: &Expr, scope: ScopeId) -> Value {
        self.eval(expr, scope, 0)
    }

    fn eval(&self, expr: &Expr, scope: ScopeId, depth: u32) -> Value {
        if depth > MAX_DEPTH {
            return Value::Unknown;
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.eval_inner(expr, scope, depth)
        })
    }

    fn eval_inner(&self, expr: &Expr, scope: ScopeId, depth: u32) -> Value {
        match expr {
            Expr::StringLiteral(s) => Value::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Value::Bytes(b.value.bytes().collect()),
            Expr::NumberLiteral(n) => number(&n.value),
            Expr::BooleanLiteral(b) => Value::Bool(b.value),
            Expr::NoneLiteral(_) => Value::None,
            Expr::FString(f) => fstring_text(f, None).map_or(Value::Unknown, Value::Str),
            Expr::Tuple(t) => Value::Tuple(self.eval_all(&t.elts, scope, depth)),
            Expr::List(l) => Value::List(self.eval_all(&l.elts, scope, depth)),
            Expr::Set(s) => Value::Set(self.eval_all(&s.elts, scope, depth)),
            Expr::Dict(d) => Value::Dict(
                d.items
                    .iter()
                    .map(|item| {
                        let key = item
                            .key
                            .as_ref()
                            .map_or(Value::Unknown, |k| self.eval(k, scope, depth + 1));
                        (key, self.eval(&item.value, scope, depth + 1))
                    })
                    .collect(),
            ),
            Expr::Name(n) => self.eval_name(n.id.as_str(), scope, depth),
            Expr::Attribute(a) => self.eval_attribute(a, scope, depth),
            // A constructor call evaluates to an instance of its class (`alg = hashes.SHA1()`).
            Expr::Call(call) => match self.call_type(call, scope, depth + 1) {
                Some(Ty::Class(c))
                    if self.callee(&call.func, scope, depth + 1).as_deref() == Some(c.as_str()) =>
                {
                    Value::Instance(c)
                }
                _ => Value::Unknown,
            },
            Expr::BinOp(op) => {
                let left = self.eval(&op.left, scope, depth + 1);
                let right = self.eval(&op.right, scope, depth + 1);
                binop(&left, op.op, &right)
            }
            Expr::UnaryOp(op) => match (op.op, self.eval(&op.operand, scope, depth + 1)) {
                (UnaryOp::USub, Value::Int(i)) => {
                    i.checked_neg().map_or(Value::Unknown, Value::Int)
                }
                (UnaryOp::USub, Value::Float(f)) => Value::Float(-f),
                (UnaryOp::UAdd, v @ (Value::Int(_) | Value::Float(_))) => v,
                (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b),
                (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    fn eval_all(&self, elts: &[Expr], scope: ScopeId, depth: u32) -> Vec<Value> {
        elts.iter()
            .map(|e| {
                if e.is_starred_expr() {
                    Value::Unknown
                } else {
                    self.eval(e, scope, depth + 1)
                }
            })
            .collect()
    }

    fn eval_name(&self, name: &str, scope: ScopeId, depth: u32) -> Value {
        match self.lookup(name, scope) {
            NameRef::Bound(s, [one]) => self.eval_binding(one, s, depth),
            NameRef::Bound(_, bindings) => {
                // An import is a symbol however often it is imported (try/except import fallbacks).
                let mut fqns = bindings.iter().map(|b| match b {
                    Binding::Import(f) => Some(f.as_str()),
                    _ => None,
                });
                match fqns.next().flatten() {
                    Some(first) if fqns.all(|f| f == Some(first)) => {
                        Value::Symbol(first.to_string())
                    }
                    _ => Value::Unknown,
                }
            }
            NameRef::Unbound => Value::Unknown,
        }
    }

    fn eval_binding(&self, binding: &Binding<'a>, scope: ScopeId, depth: u32) -> Value {
        match binding {
            Binding::Assign(v) => self.eval(v, scope, depth + 1),
            Binding::Annotated(_, Some(v)) => self.eval(v, scope, depth + 1),
            Binding::Unpack(v, path) => {
                let mut value = self.eval(v, scope, depth + 1);
                for &i in path {
                    value = value.element(i).cloned().unwrap_or(Value::Unknown);
                }
                value
            }
            Binding::Import(fqn) => Value::Symbol(fqn.clone()),
            Binding::Def { fqn, .. } => Value::Symbol(fqn.clone()),
            _ => Value::Unknown,
        }
    }

    fn eval_attribute(&self, attr: &ast::ExprAttribute, scope: ScopeId, depth: u32) -> Value {
        // `self.x` assigned exactly once in the class's methods.
        if let Expr::Name(base) = attr.value.as_ref() {
            if let Some(class) = self.self_class(base.id.as_str(), scope) {
                let name = attr.attr.id.as_str();
                let data = &self.b.data[class as usize];
                return match data.self_attrs.get(name) {
                    Some(assigns) if assigns.len() == 1 => {
                        let (method, binding) = &assigns[0];
                        self.eval_binding(binding, *method, depth + 1)
                    }
                    Some(_) => Value::Unknown,
                    // Never assigned through `self`: a class attribute (`MODE = AES.MODE_CTR` in the body).
                    None => match data.bindings.get(name).map(Vec::as_slice) {
                        Some([one]) => self.eval_binding(one, class, depth + 1),
                        _ => Value::Unknown,
                    },
                };
            }
        }
        match self.symbol_path(&attr.value, scope, depth) {
            Some(base) => Value::Symbol(format!("{base}.{}", attr.attr.id.as_str())),
            None => Value::Unknown,
        }
    }

    /// The dotted symbol an expression names when its head is an import or a definition: `os.path` for
    /// `os.path` after `import os`, `pkg.mod.Class` for `Class` defined here.
    fn symbol_path(&self, expr: &Expr, scope: ScopeId, depth: u32) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match expr {
            Expr::Name(n) => match self.lookup(n.id.as_str(), scope) {
                NameRef::Bound(_, bindings) => {
                    let mut found = None;
                    for b in bindings {
                        let f = match b {
                            Binding::Import(f) => f,
                            Binding::Def { fqn, .. } => fqn,
                            _ => return None,
                        };
                        match &found {
                            None => found = Some(f.clone()),
                            Some(prev) if prev == f => {}
                            Some(_) => return None,
                        }
                    }
                    found
                }
                NameRef::Unbound => None,
            },
            Expr::Attribute(a) => self
                .symbol_path(&a.value, scope, depth + 1)
                .map(|base| format!("{base}.{}", a.attr.id.as_str())),
            _ => None,
        }
    }

    fn self_class(&self, name: &str, scope: ScopeId) -> Option<ScopeId> {
        match self.lookup(name, scope) {
            NameRef::Bound(s, _) => self.b.method_class(s, name),
            NameRef::Unbound => None,
        }
    }

    // ---- callees ---------------------------------------------------------------------------------

    /// Fully qualified name of what `func` refers to when called.
    pub fn callee_fqn(&self, func: &Expr, scope: ScopeId) -> Option<String> {
        self.callee(func, scope, 0)
    }

    fn callee(&self, func: &Expr, scope: ScopeId, depth: u32) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match func {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match self.lookup(name, scope) {
                    NameRef::Unbound if types::is_builtin(name) => Some(format!("builtins.{name}")),
                    NameRef::Unbound => None,
                    NameRef::Bound(s, bindings) => {
                        if let Some(symbol) = self.symbol_path(func, scope, depth) {
                            return Some(symbol);
                        }
                        // `run = subprocess.run` aliases a callable; a bound instance calls `__call__`.
                        match bindings {
                            [Binding::Assign(v)]
                                if matches!(v, Expr::Name(_) | Expr::Attribute(_)) =>
                            {
                                self.callee(v, s, depth + 1)
                            }
                            _ => match self.name_type(name, scope, depth + 1) {
                                Some(Ty::Class(t)) => Some(format!("{t}.__call__")),
                                _ => None,
                            },
                        }
                    }
                }
            }
            Expr::Attribute(a) => {
                let attr = a.attr.id.as_str();
                if let Some(base) = self.symbol_path(&a.value, scope, depth + 1) {
                    return Some(format!("{base}.{attr}"));
                }
                match self.ty(&a.value, scope, depth + 1) {
                    Some(Ty::Class(t)) => Some(format!("{t}.{attr}")),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    // ---- types -----------------------------------------------------------------------------------

    /// The class of the value `expr` evaluates to, when known.
    pub fn class_of(&self, expr: &Expr, scope: ScopeId) -> Option<String> {
        match self.ty(expr, scope, 0) {
            Some(Ty::Class(c)) => Some(c),
            _ => None,
        }
    }

    fn ty(&self, expr: &Expr, scope: ScopeId, depth: u32) -> Option<Ty> {
        if depth > MAX_DEPTH {
            return None;
        }
        match expr {
            Expr::Name(n) => self.name_type(n.id.as_str(), scope, depth),
            Expr::Call(call) => self.call_type(call, scope, depth),
            Expr::Attribute(a) => {
                if let Expr::Name(base) = a.value.as_ref() {
                    if let Some(class) = self.self_class(base.id.as_str(), scope) {
                        let assigns = self.b.data[class as usize]
                            .self_attrs
                            .get(a.attr.id.as_str())?;
                        return agree(
                            assigns
                                .iter()
                                .map(|(m, b)| self.binding_type(b, *m, depth + 1)),
                        );
                    }
                }
                None
            }
            Expr::StringLiteral(_) | Expr::FString(_) => Some(Ty::Class("builtins.str".into())),
            Expr::BytesLiteral(_) => Some(Ty::Class("builtins.bytes".into())),
            Expr::Await(a) => self.ty(&a.value, scope, depth + 1),
            // `Path(base) / name` is a path.
            Expr::BinOp(op) if op.op == Operator::Div => {
                match self.ty(&op.left, scope, depth + 1) {
                    Some(Ty::Class(c)) if c.starts_with("pathlib.") => Some(Ty::Class(c)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn name_type(&self, name: &str, scope: ScopeId, depth: u32) -> Option<Ty> {
        match self.lookup(name, scope) {
            NameRef::Bound(s, bindings) => {
                agree(bindings.iter().map(|b| self.binding_type(b, s, depth + 1)))
            }
            NameRef::Unbound => None,
        }
    }

    fn binding_type(&self, binding: &Binding<'a>, scope: ScopeId, depth: u32) -> Option<Ty> {
        if depth > MAX_DEPTH {
            return None;
        }
        match binding {
            Binding::Assign(v) | Binding::With(v) => self.ty(v, scope, depth + 1),
            Binding::Annotated(ann, value) => self
                .annotation_type(ann, scope, depth + 1)
                .or_else(|| value.and_then(|v| self.ty(v, scope, depth + 1))),
            Binding::Unpack(v, path) => {
                let mut ty = self.ty(v, scope, depth + 1)?;
                for &i in path {
                    ty = match ty {
                        Ty::Tuple(items) => items.into_iter().nth(i)?,
                        Ty::Class(_) => return None,
                    };
                }
                Some(ty)
            }
            Binding::SelfParam(class) => self.b.data[*class as usize]
                .class_fqn
                .clone()
                .map(Ty::Class),
            Binding::Import(_) | Binding::Def { .. } | Binding::Opaque => None,
        }
    }

    fn call_type(&self, call: &ast::ExprCall, scope: ScopeId, depth: u32) -> Option<Ty> {
        let fqn = self.callee(&call.func, scope, depth + 1)?;
        if let Some(ty) = types::return_type(&fqn) {
            return Some(ty);
        }
        if self.is_class(&call.func, &fqn, scope) {
            return Some(Ty::Class(fqn));
        }
        None
    }

    /// Whether calling `func` (resolved to `fqn`) instantiates a class.
    fn is_class(&self, func: &Expr, fqn: &str, scope: ScopeId) -> bool {
        if let Some(head) = head_name(func) {
            if let NameRef::Bound(_, bindings) = self.lookup(head, scope) {
                if matches!(func, Expr::Name(_)) {
                    if let Some(Binding::Def { is_class, .. }) =
                        bindings.iter().find(|b| matches!(b, Binding::Def { .. }))
                    {
                        return *is_class;
                    }
                }
            }
        }
        // Library classes follow CapWords (or are acronyms like SHA1); functions are lower case.
        let last = fqn.rsplit('.').next().unwrap_or(fqn);
        last.chars().next().is_some_and(char::is_uppercase)
    }

    fn annotation_type(&self, ann: &Expr, scope: ScopeId, depth: u32) -> Option<Ty> {
        match ann {
            Expr::Name(_) | Expr::Attribute(_) => self
                .symbol_path(ann, scope, depth + 1)
                .map(Ty::Class)
                .or_else(|| match ann {
                    Expr::Name(n) if types::is_builtin(n.id.as_str()) => {
                        Some(Ty::Class(format!("builtins.{}", n.id.as_str())))
                    }
                    _ => None,
                }),
            // Optional[X] and X | None
            Expr::Subscript(s) => {
                let base = self.symbol_path(&s.value, scope, depth + 1)?;
                if base.ends_with("Optional") {
                    self.annotation_type(&s.slice, scope, depth + 1)
                } else {
                    None
                }
            }
            Expr::BinOp(op) if op.op == Operator::BitOr => {
                match (op.left.as_ref(), op.right.as_ref()) {
                    (other, Expr::NoneLiteral(_)) | (Expr::NoneLiteral(_), other) => {
                        self.annotation_type(other, scope, depth + 1)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// The leftmost name of a dotted expression (`a` in `a.b().c`).
pub(crate) fn head_name(expr: &Expr) -> Option<&str> {
    let mut e = expr;
    loop {
        match e {
            Expr::Name(n) => return Some(n.id.as_str()),
            Expr::Attribute(a) => e = &a.value,
            Expr::Call(c) => e = &c.func,
            Expr::Subscript(s) => e = &s.value,
            _ => return None,
        }
    }
}

/// All bindings must agree on one type for a name to have it.
fn agree(mut types: impl Iterator<Item = Option<Ty>>) -> Option<Ty> {
    let first = types.next()??;
    for t in types {
        if t.as_ref() != Some(&first) {
            return None;
        }
    }
    Some(first)
}

fn number(n: &Number) -> Value {
    match n {
        Number::Int(i) => match i.as_i64() {
            Some(v) => Value::Int(v as i128),
            None => {
                let text = i.to_string();
                text.parse::<i128>().map_or(Value::BigInt(text), Value::Int)
            }
        },
        Number::Float(f) => Value::Float(*f),
        Number::Complex { .. } => Value::Complex,
    }
}

/// The text of an f-string: its literal parts, with `placeholder` for each interpolation, or `None` when it
/// has an interpolation and no placeholder is given (the value is then not constant).
pub(crate) fn fstring_text(f: &ast::ExprFString, placeholder: Option<&str>) -> Option<String> {
    let mut out = String::new();
    for part in f.value.iter() {
        match part {
            ast::FStringPart::Literal(lit) => out.push_str(&lit.value),
            ast::FStringPart::FString(fs) => {
                for element in &fs.elements {
                    match element {
                        ast::InterpolatedStringElement::Literal(l) => out.push_str(&l.value),
                        ast::InterpolatedStringElement::Interpolation(_) => {
                            out.push_str(placeholder?)
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

pub(crate) fn binop(left: &Value, op: Operator, right: &Value) -> Value {
    use Value::*;
    // Named integer constants (`stat.S_IWOTH`) stay symbols on their own, so rules can name them, but take
    // part in arithmetic: `stat.S_IRUSR | stat.S_IWOTH` is 0o402.
    let number = |v: &Value| match v {
        Symbol(s) => types::int_constant(s).map_or(Unknown, Int),
        other => other.clone(),
    };
    let (left, right) = (&number(left), &number(right));
    match (left, op, right) {
        (Str(a), Operator::Add, Str(b)) => Str(format!("{a}{b}")),
        (Bytes(a), Operator::Add, Bytes(b)) => Bytes([a.as_slice(), b.as_slice()].concat()),
        (Tuple(a), Operator::Add, Tuple(b)) => Tuple([a.as_slice(), b.as_slice()].concat()),
        (List(a), Operator::Add, List(b)) => List([a.as_slice(), b.as_slice()].concat()),
        (Int(a), op, Int(b)) => {
            let r = match op {
                Operator::Add => a.checked_add(*b),
                Operator::Sub => a.checked_sub(*b),
                Operator::Mult => a.checked_mul(*b),
                Operator::FloorDiv if *b != 0 => Some(a.div_euclid(*b)),
                Operator::Mod if *b != 0 => Some(a.rem_euclid(*b)),
                Operator::Pow if (0..=127).contains(b) => a.checked_pow(*b as u32),
                Operator::LShift if (0..=126).contains(b) => a.checked_mul(1i128 << *b),
                Operator::RShift if (0..=127).contains(b) => Some(a >> *b),
                Operator::BitOr => Some(a | b),
                Operator::BitAnd => Some(a & b),
                Operator::BitXor => Some(a ^ b),
                _ => Option::None,
            };
            r.map_or(Unknown, Int)
        }
        (a, op, b) => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) if matches!(a, Float(_)) || matches!(b, Float(_)) => match op {
                Operator::Add => Float(x + y),
                Operator::Sub => Float(x - y),
                Operator::Mult => Float(x * y),
                Operator::Div if y != 0.0 => Float(x / y),
                _ => Unknown,
            },
            _ => Unknown,
        },
    }
}
