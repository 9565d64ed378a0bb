//! Constant folding of conditions, so branches a constant condition rules out are not walked:
//! `limit = 10; if limit * 3 > 100: ...` never runs its body.

use super::value::State;
use super::walker::Walker;
use crate::model::Value;
use crate::resolve::binop;
use ruff_python_ast::{self as ast, CmpOp, Expr};

/// Deeper expressions are not folded (unknown), so folding never recurses without bound.
const MAX_FOLD_DEPTH: u32 = 32;

impl Walker<'_, '_, '_> {
    /// The constant value of `expr` at this point, `Unknown` when it is not one. Names last assigned a
    /// constant on every path use that value; tainted names are never constant.
    pub(super) fn fold(&self, expr: &Expr, st: &State) -> Value {
        self.fold_at(expr, st, 0)
    }

    fn fold_at(&self, expr: &Expr, st: &State, depth: u32) -> Value {
        if depth > MAX_FOLD_DEPTH {
            return Value::Unknown;
        }
        let d = depth + 1;
        match expr {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some(v) = st.consts.get(name) {
                    return v.clone();
                }
                if st.vars.contains_key(name) || st.elems.contains_key(name) {
                    return Value::Unknown;
                }
                // Bound once in its scope (module constants, a local assigned once): the flow-insensitive value.
                self.resolver.value(expr, self.scope)
            }
            Expr::BinOp(b) => binop(
                &self.fold_at(&b.left, st, d),
                b.op,
                &self.fold_at(&b.right, st, d),
            ),
            Expr::UnaryOp(u) => {
                let v = self.fold_at(&u.operand, st, d);
                match u.op {
                    ast::UnaryOp::Not => truthy(&v).map_or(Value::Unknown, |b| Value::Bool(!b)),
                    ast::UnaryOp::USub => match v {
                        Value::Int(i) => i.checked_neg().map_or(Value::Unknown, Value::Int),
                        Value::Float(f) => Value::Float(-f),
                        _ => Value::Unknown,
                    },
                    _ => Value::Unknown,
                }
            }
            Expr::BoolOp(b) => {
                // Python's short circuit: the first operand that decides, else the last one.
                let is_and = matches!(b.op, ast::BoolOp::And);
                let mut last = Value::Unknown;
                for (i, e) in b.values.iter().enumerate() {
                    let v = self.fold_at(e, st, d);
                    match truthy(&v) {
                        Some(t) if t != is_and => return v,
                        Some(_) => last = v,
                        None => {
                            // An unknown operand decides only when a later one cannot change the verdict.
                            let rest: Vec<Option<bool>> = b.values[i + 1..]
                                .iter()
                                .map(|e| truthy(&self.fold_at(e, st, d)))
                                .collect();
                            if rest.contains(&Some(!is_and)) {
                                // `x and False` is falsy, `x or True` truthy, whatever x is.
                                return Value::Bool(!is_and);
                            }
                            return Value::Unknown;
                        }
                    }
                }
                last
            }
            Expr::Compare(c) => {
                let mut left = self.fold_at(&c.left, st, d);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let right = self.fold_at(right, st, d);
                    match compare(&left, *op, &right) {
                        Some(true) => left = right,
                        Some(false) => return Value::Bool(false),
                        None => return Value::Unknown,
                    }
                }
                Value::Bool(true)
            }
            Expr::If(i) => match truthy(&self.fold_at(&i.test, st, d)) {
                Some(true) => self.fold_at(&i.body, st, d),
                Some(false) => self.fold_at(&i.orelse, st, d),
                None => Value::Unknown,
            },
            Expr::Call(call)
                if call.arguments.args.len() == 1
                    && call.arguments.keywords.is_empty()
                    && matches!(call.func.as_ref(), Expr::Name(n) if n.id.as_str() == "len") =>
            {
                match self.fold_at(&call.arguments.args[0], st, d) {
                    Value::Str(s) => Value::Int(s.chars().count() as i128),
                    Value::Bytes(b) => Value::Int(b.len() as i128),
                    Value::List(v) | Value::Tuple(v) => Value::Int(v.len() as i128),
                    _ => Value::Unknown,
                }
            }
            Expr::Call(_) => Value::Unknown,
            _ => self.resolver.value(expr, self.scope),
        }
    }
}

/// Python truthiness of a constant (`None`: not known).
pub(super) fn truthy(v: &Value) -> Option<bool> {
    Some(match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::None => false,
        Value::Tuple(v) | Value::List(v) | Value::Set(v) => !v.is_empty(),
        Value::Dict(v) => !v.is_empty(),
        Value::BigInt(_) => true,
        _ => return None,
    })
}

fn compare(left: &Value, op: CmpOp, right: &Value) -> Option<bool> {
    use std::cmp::Ordering;
    if !left.is_known() || !right.is_known() {
        return None;
    }
    let order = match (left, right) {
        (Value::Str(a), Value::Str(b)) => Some(a.cmp(b)),
        _ => match (left.as_f64(), right.as_f64()) {
            (Some(a), Some(b)) => a.partial_cmp(&b),
            _ => None,
        },
    };
    let plain = |v: &Value| {
        matches!(
            v,
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
        )
    };
    match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let eq = match order {
                Some(o) => o == Ordering::Equal,
                None if plain(left) && plain(right) => left == right,
                None => return None,
            };
            Some(eq == matches!(op, CmpOp::Eq))
        }
        CmpOp::Lt => order.map(|o| o == Ordering::Less),
        CmpOp::LtE => order.map(|o| o != Ordering::Greater),
        CmpOp::Gt => order.map(|o| o == Ordering::Greater),
        CmpOp::GtE => order.map(|o| o != Ordering::Less),
        CmpOp::Is | CmpOp::IsNot => match (left, right) {
            (Value::None, Value::None) => Some(matches!(op, CmpOp::Is)),
            (a, Value::None) | (Value::None, a) if plain(a) => Some(matches!(op, CmpOp::IsNot)),
            _ => None,
        },
        CmpOp::In | CmpOp::NotIn => {
            let found = match (left, right) {
                (Value::Str(a), Value::Str(b)) => b.contains(a.as_str()),
                (a, Value::List(v) | Value::Tuple(v) | Value::Set(v)) if plain(a) => {
                    if !v.iter().all(plain) {
                        return None;
                    }
                    v.contains(a)
                }
                (a, Value::Dict(v)) if plain(a) => {
                    if !v.iter().all(|(k, _)| plain(k)) {
                        return None;
                    }
                    v.iter().any(|(k, _)| k == a)
                }
                _ => return None,
            };
            Some(found == matches!(op, CmpOp::In))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_of_constants() {
        let (i, s) = (Value::Int, |t: &str| Value::Str(t.into()));
        assert_eq!(compare(&i(30), CmpOp::Gt, &i(100)), Some(false));
        assert_eq!(compare(&s("a"), CmpOp::In, &s("cat")), Some(true));
        assert_eq!(
            compare(&s("x"), CmpOp::NotIn, &Value::List(vec![s("x"), s("y")])),
            Some(false)
        );
        assert_eq!(compare(&Value::None, CmpOp::Is, &Value::None), Some(true));
        assert_eq!(compare(&Value::Unknown, CmpOp::Eq, &i(1)), None);
        assert_eq!(truthy(&s("")), Some(false));
        assert_eq!(truthy(&Value::Symbol("os.sep".into())), None);
    }
}
