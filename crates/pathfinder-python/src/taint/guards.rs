//! Guards: conditions that tell what a value cannot contain on one side of a branch. A rule lists the guard
//! families it trusts (`flows(..., guards=["path_traversal"])`); on the side of the branch where the check
//! passes, the checked name loses that rule's taint (or, for a check that excludes only `..`, keeps a weak
//! taint that a path join makes strong again).

use super::summary_apply::state_key;
use super::value::State;
use super::walker::Walker;
use crate::model::Value;
use ruff_python_ast::{self as ast, CmpOp, Expr};

/// `".." in x` was false.
pub const GUARD_DOTDOT: u8 = 1;
/// `"/" in x` (or a backslash, or `os.sep`) was false: no directory part at all.
pub const GUARD_SLASH: u8 = 2;
/// `x.startswith("/")` / `os.path.isabs(x)` was false.
pub const GUARD_ABSOLUTE: u8 = 4;
/// `re.fullmatch(pattern, x)` (or an anchored `re.match`) held.
pub const GUARD_REGEX: u8 = 8;
/// `x.isdigit()`, `isalnum()`, `isalpha()`, `isdecimal()`, `isnumeric()`, `isidentifier()` held.
pub const GUARD_CHARSET: u8 = 16;
/// `x in ALLOWED` / `x == "literal"` held, with a container the request does not control.
pub const GUARD_ALLOW: u8 = 32;
/// The host of the parsed URL is empty or in an allow-list, or Django's `url_has_allowed_host_and_scheme`.
pub const GUARD_URL: u8 = 64;
/// A normalized path (`os.path.realpath`, `Path.resolve()`) starts with a base directory the request does
/// not choose: it stays under that directory.
pub const GUARD_CONTAINED: u8 = 128;

/// The value is falsy (`""`, `None`, an empty container): it carries no text at all, so every family's
/// check holds for it. Rules still lose the taint only if they list some guard family.
pub const GUARD_FALSY: u8 = GUARD_DOTDOT
    | GUARD_SLASH
    | GUARD_ABSOLUTE
    | GUARD_REGEX
    | GUARD_CHARSET
    | GUARD_ALLOW
    | GUARD_URL;

/// The guard families a rule can trust, by their DSL names, and the checks each covers.
pub const GUARD_FAMILIES: &[(&str, u8)] = &[
    (
        "path_traversal",
        GUARD_DOTDOT | GUARD_SLASH | GUARD_ABSOLUTE | GUARD_CONTAINED,
    ),
    ("regex", GUARD_REGEX),
    ("charset", GUARD_CHARSET),
    ("allow_list", GUARD_ALLOW),
    ("url_host", GUARD_URL),
];

/// The bits of the family called `name` (`None`: no such family).
pub fn guard_family(name: &str) -> Option<u8> {
    GUARD_FAMILIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, b)| *b)
}

/// Checks that hold on one side of a condition: (state key, guard bits).
type Facts = Vec<(String, u8)>;

#[derive(Default)]
pub(super) struct Cond {
    pub(super) if_true: Facts,
    pub(super) if_false: Facts,
}

impl Cond {
    fn swap(self) -> Cond {
        Cond {
            if_true: self.if_false,
            if_false: self.if_true,
        }
    }
}

/// Facts that hold after any of several conditions: only keys all of them name, with the common bits.
fn intersect(all: Vec<Facts>) -> Facts {
    let mut iter = all.into_iter();
    let Some(mut acc) = iter.next() else {
        return Facts::new();
    };
    for facts in iter {
        acc = acc
            .into_iter()
            .filter_map(|(k, b)| {
                let other: u8 = facts
                    .iter()
                    .filter(|(o, _)| *o == k)
                    .fold(0, |m, (_, c)| m | c);
                (b & other != 0).then_some((k, b & other))
            })
            .collect();
    }
    acc
}

impl Walker<'_, '_, '_> {
    /// What the condition `test` tells about names when it is true and when it is false.
    pub(super) fn cond_facts(&self, test: &Expr, st: &State, depth: u32) -> Cond {
        if depth > 16 {
            return Cond::default();
        }
        match test {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                self.cond_facts(&u.operand, st, depth + 1).swap()
            }
            Expr::BoolOp(b) => {
                let parts: Vec<Cond> = b
                    .values
                    .iter()
                    .map(|v| self.cond_facts(v, st, depth + 1))
                    .collect();
                let (mut all, mut any) = (Facts::new(), Vec::new());
                let is_and = matches!(b.op, ast::BoolOp::And);
                for c in parts {
                    // `a and b` true: both hold; false: one of them failed. `or` the other way round.
                    let (every, some) = if is_and {
                        (c.if_true, c.if_false)
                    } else {
                        (c.if_false, c.if_true)
                    };
                    all.extend(every);
                    any.push(some);
                }
                let some = intersect(any);
                if is_and {
                    Cond {
                        if_true: all,
                        if_false: some,
                    }
                } else {
                    Cond {
                        if_true: some,
                        if_false: all,
                    }
                }
            }
            // `if x is None` / `if x is not None`: None carries no text.
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot)
                    && c.comparators[0].is_none_literal_expr() =>
            {
                let Some(k) = state_key(&c.left) else {
                    return Cond::default();
                };
                let cond = Cond {
                    if_true: vec![(k, GUARD_FALSY)],
                    if_false: Vec::new(),
                };
                if matches!(c.ops[0], CmpOp::IsNot) {
                    cond.swap()
                } else {
                    cond
                }
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                self.compare_facts(&c.left, c.ops[0], &c.comparators[0], st)
            }
            Expr::Call(call) => self.call_facts(call, st),
            // `if u.netloc and ...`: an empty host is a relative URL.
            Expr::Attribute(a) if a.attr.id.as_str() == "netloc" => {
                match self.parsed_origin(&a.value, st) {
                    Some(origin) => Cond {
                        if_true: Vec::new(),
                        if_false: vec![(origin, GUARD_URL)],
                    },
                    None => Cond::default(),
                }
            }
            // `if x:` false: `x` is empty or None (`(x or y) and not checked(x)` is false only when `x` is
            // empty or checked).
            Expr::Name(_) | Expr::Attribute(_) => match state_key(test) {
                Some(k) => Cond {
                    if_true: Vec::new(),
                    if_false: vec![(k, GUARD_FALSY)],
                },
                None => Cond::default(),
            },
            _ => Cond::default(),
        }
    }

    /// `u` of `u = urlparse(x)` → the key of `x`.
    fn parsed_origin(&self, expr: &Expr, st: &State) -> Option<String> {
        st.parsed.get(&state_key(expr)?).cloned()
    }

    fn compare_facts(&self, left: &Expr, op: CmpOp, right: &Expr, st: &State) -> Cond {
        let (negated, op) = match op {
            CmpOp::NotIn => (true, CmpOp::In),
            CmpOp::NotEq => (true, CmpOp::Eq),
            op => (false, op),
        };
        let mut good = Facts::new();
        let mut bad = Facts::new();
        // The checked value, or the URL a checked host was parsed from.
        let subject = |e: &Expr| -> Option<(String, bool)> {
            if let Expr::Attribute(a) = e {
                if matches!(a.attr.id.as_str(), "netloc" | "hostname") {
                    if let Some(origin) = self.parsed_origin(&a.value, st) {
                        return Some((origin, true));
                    }
                }
            }
            state_key(e).map(|k| (k, false))
        };
        match op {
            CmpOp::In => {
                let needle = self.fold(left, st);
                let separator = matches!(&needle, Value::Str(s) if s == "/" || s == "\\")
                    || matches!(&needle, Value::Symbol(s) if s == "os.sep" || s == "os.path.sep");
                if let (Value::Str(s), Some(k)) = (&needle, state_key(right)) {
                    if s == ".." {
                        bad.push((k.clone(), GUARD_DOTDOT));
                    }
                }
                if separator {
                    if let Some(k) = state_key(right) {
                        bad.push((k, GUARD_SLASH));
                    }
                }
                if let Some((k, url)) = subject(left) {
                    if self.fixed_collection(right, st) {
                        good.push((k, if url { GUARD_URL } else { GUARD_ALLOW }));
                    }
                }
            }
            CmpOp::Eq => {
                for (a, b) in [(left, right), (right, left)] {
                    if let (Some((k, url)), Value::Str(_)) = (subject(a), self.fold(b, st)) {
                        good.push((k, if url { GUARD_URL } else { GUARD_ALLOW }));
                    }
                }
            }
            _ => {}
        }
        let cond = Cond {
            if_true: good,
            if_false: bad,
        };
        if negated {
            cond.swap()
        } else {
            cond
        }
    }

    /// A path prefix the request does not choose and that is not empty: constants, clean names, `os.sep`,
    /// and `+` or `os.path.join` of those (starting with a non-empty part).
    fn fixed_prefix(&self, expr: &Expr, st: &State, depth: u32) -> bool {
        if depth > 8 {
            return false;
        }
        match expr {
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add) => {
                self.fixed_prefix(&b.left, st, depth + 1)
                    && self.fixed_text(&b.right, st, depth + 1)
            }
            Expr::Call(c) => {
                matches!(
                    self.resolver.callee_fqn(&c.func, self.scope).as_deref(),
                    Some("os.path.join" | "os.path.realpath" | "os.path.abspath")
                ) && c.arguments.keywords.is_empty()
                    && c.arguments
                        .args
                        .first()
                        .is_some_and(|a| self.fixed_prefix(a, st, depth + 1))
                    && c.arguments
                        .args
                        .iter()
                        .skip(1)
                        .all(|a| self.fixed_text(a, st, depth + 1))
            }
            _ => match self.fold(expr, st) {
                Value::Str(s) => !s.is_empty(),
                _ => self.fixed_text(expr, st, depth + 1),
            },
        }
    }

    /// Text the request does not choose (possibly empty): literals, clean names, `+` and joins of those.
    fn fixed_text(&self, expr: &Expr, st: &State, depth: u32) -> bool {
        if depth > 8 {
            return false;
        }
        match expr {
            Expr::StringLiteral(_) => true,
            Expr::Name(_) | Expr::Attribute(_) => {
                matches!(self.fold(expr, st), Value::Str(_))
                    || state_key(expr).is_some_and(|k| !st.vars.contains_key(&k))
            }
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add) => {
                self.fixed_text(&b.left, st, depth + 1) && self.fixed_text(&b.right, st, depth + 1)
            }
            Expr::Call(_) => self.fixed_prefix(expr, st, depth + 1),
            _ => false,
        }
    }

    /// A collection the request does not control: a literal of constants, or a clean name or attribute.
    fn fixed_collection(&self, expr: &Expr, st: &State) -> bool {
        match expr {
            Expr::List(_) | Expr::Tuple(_) | Expr::Set(_) | Expr::Dict(_) => matches!(
                self.fold(expr, st),
                Value::List(_) | Value::Tuple(_) | Value::Set(_) | Value::Dict(_)
            ),
            Expr::Name(_) | Expr::Attribute(_) => {
                state_key(expr).is_some_and(|k| !st.vars.contains_key(&k))
            }
            _ => false,
        }
    }

    fn call_facts(&self, call: &ast::ExprCall, st: &State) -> Cond {
        let args = &call.arguments.args;
        let fqn = self.resolver.callee_fqn(&call.func, self.scope);
        let arg_key = |i: usize| args.get(i).and_then(state_key);
        let mut cond = Cond::default();
        match fqn.as_deref() {
            Some("re.fullmatch") => {
                if let Some(k) = arg_key(1) {
                    cond.if_true.push((k, GUARD_REGEX));
                }
                return cond;
            }
            Some("re.match" | "re.search") => {
                // Only a pattern anchored at its end checks the whole value.
                let anchored = matches!(args.first().map(|p| self.fold(p, st)), Some(Value::Str(p)) if p.ends_with('$') || p.ends_with("\\Z"));
                if anchored {
                    if let Some(k) = arg_key(1) {
                        cond.if_true.push((k, GUARD_REGEX));
                    }
                }
                return cond;
            }
            Some("os.path.isabs" | "posixpath.isabs") => {
                if let Some(k) = arg_key(0) {
                    cond.if_false.push((k, GUARD_ABSOLUTE));
                }
                return cond;
            }
            Some(f)
                if f.ends_with("url_has_allowed_host_and_scheme")
                    || f.ends_with(".is_safe_url") =>
            {
                if let Some(k) = arg_key(0).or_else(|| {
                    call.arguments
                        .keywords
                        .iter()
                        .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "url"))
                        .and_then(|k| state_key(&k.value))
                }) {
                    cond.if_true.push((k, GUARD_URL));
                }
                return cond;
            }
            _ => {}
        }
        let Expr::Attribute(method) = call.func.as_ref() else {
            return cond;
        };
        // `str(path).startswith(BASE)` checks `path`.
        let checked = match method.value.as_ref() {
            Expr::Call(c)
                if c.arguments.args.len() == 1
                    && c.arguments.keywords.is_empty()
                    && matches!(
                        self.resolver.callee_fqn(&c.func, self.scope).as_deref(),
                        Some("builtins.str" | "os.fspath")
                    ) =>
            {
                &c.arguments.args[0]
            }
            other => other,
        };
        let Some(receiver) = state_key(checked) else {
            // `PATTERN.fullmatch(x)` on a compiled pattern.
            return cond;
        };
        match method.attr.id.as_str() {
            "isdigit" | "isalnum" | "isalpha" | "isdecimal" | "isnumeric" | "isidentifier"
                if args.is_empty() =>
            {
                cond.if_true.push((receiver, GUARD_CHARSET));
            }
            "startswith" => {
                let slash = |v: &Value| matches!(v, Value::Str(s) if s == "/" || s == "\\");
                let absolute = match args.first().map(|a| self.fold(a, st)) {
                    Some(v @ Value::Str(_)) => slash(&v),
                    Some(Value::Tuple(items)) => items.iter().any(slash),
                    _ => false,
                };
                if absolute {
                    cond.if_false.push((receiver, GUARD_ABSOLUTE));
                } else if st.normalized.contains(&receiver)
                    && args.len() == 1
                    && self.fixed_prefix(&args[0], st, 0)
                {
                    cond.if_true.push((receiver, GUARD_CONTAINED));
                }
            }
            "fullmatch" => {
                if let Some(k) = arg_key(0) {
                    if !st.vars.contains_key(&receiver) {
                        cond.if_true.push((k, GUARD_REGEX));
                    }
                }
            }
            _ => {}
        }
        cond
    }

    /// Applies checks known to hold: each checked name loses the taint of the rules trusting that check.
    pub(super) fn apply_facts(&self, facts: &[(String, u8)], st: &mut State) {
        for (key, bits) in facts {
            let Some(taint) = st.vars.get_mut(key) else {
                continue;
            };
            let old = std::mem::take(&mut taint.0);
            for (label, trace) in old {
                let trusted = bits & self.spec.guard_bits(label.rule());
                let full = trusted & !(GUARD_DOTDOT | GUARD_ABSOLUTE) != 0
                    || trusted & (GUARD_DOTDOT | GUARD_ABSOLUTE) == GUARD_DOTDOT | GUARD_ABSOLUTE;
                if full {
                    continue;
                }
                let label = if trusted & GUARD_DOTDOT != 0 {
                    label.weak()
                } else {
                    label
                };
                taint.add(label, trace);
            }
            if taint.is_empty() {
                st.vars.remove(key);
            }
            st.elems.remove(key);
        }
    }

    /// Facts of a condition that holds (`assert`, the true side of an `if`), merged by key so a name checked
    /// twice (`".." in x or x.startswith("/")`) combines both checks.
    pub(super) fn merged(facts: Facts) -> Facts {
        let mut out: Facts = Vec::new();
        for (k, b) in facts {
            match out.iter_mut().find(|(o, _)| *o == k) {
                Some((_, c)) => *c |= b,
                None => out.push((k, b)),
            }
        }
        out
    }
}

/// Whether a statement list always leaves the enclosing block: the last statement returns, raises,
/// continues, or calls `abort(...)` / `sys.exit(...)`. (`break` does not count: the state it carries
/// reaches the code after the loop.)
pub(super) fn always_exits(body: &[ast::Stmt]) -> bool {
    match body.last() {
        Some(ast::Stmt::Return(_) | ast::Stmt::Raise(_) | ast::Stmt::Continue(_)) => true,
        Some(ast::Stmt::Expr(e)) => match e.value.as_ref() {
            Expr::Call(c) => {
                let name = match c.func.as_ref() {
                    Expr::Name(n) => n.id.as_str(),
                    Expr::Attribute(a) => a.attr.id.as_str(),
                    _ => "",
                };
                matches!(name, "abort" | "exit" | "_exit")
            }
            _ => false,
        },
        Some(ast::Stmt::If(i)) => {
            always_exits(&i.body)
                && i.elif_else_clauses.iter().any(|c| c.test.is_none())
                && i.elif_else_clauses.iter().all(|c| always_exits(&c.body))
        }
        _ => false,
    }
}
