//! Elements of containers: a list built from a literal keeps its items by position and a dict literal
//! with constant keys its entries by key, through `append`, `insert`, `pop`, `remove`, `extend`, item
//! assignment, slicing and unpacking. A read with a constant key or index sees one element; anything the
//! walk cannot follow (an unknown key, an unmodelled method) falls back to the whole container.

use super::summary_apply::state_key;
use super::value::{Elems, State, Taint};
use super::walker::Walker;
use crate::model::Value;
use ruff_python_ast::{self as ast, Expr};

/// Longer literals are tracked as a whole (keeps the state small).
const MAX_ELEMS: usize = 64;

/// Python's index normalisation: `-1` is the last item; `None` when out of range.
fn position(len: usize, i: i128) -> Option<usize> {
    let i = if i < 0 { len as i128 + i } else { i };
    (0..len as i128).contains(&i).then_some(i as usize)
}

/// The range of a slice with constant bounds and no step (`None`: not a plain constant slice).
fn slice_range(len: usize, lower: &Value, upper: &Value) -> Option<std::ops::Range<usize>> {
    let bound = |v: &Value, default: usize| -> Option<usize> {
        match v {
            Value::None => Some(default),
            Value::Int(i) => {
                let i = if *i < 0 { len as i128 + i } else { *i };
                Some(i.clamp(0, len as i128) as usize)
            }
            _ => None,
        }
    };
    let (a, b) = (bound(lower, 0)?, bound(upper, len)?);
    Some(a..b.max(a))
}

impl<'a> Walker<'_, '_, 'a> {
    /// Evaluates an assigned value, with its known elements when it is a container literal or a slice of
    /// a tracked list. (A plain name is not copied: both names would alias one mutable object.)
    pub(super) fn value_with_elems(
        &mut self,
        value: &'a Expr,
        st: &mut State,
    ) -> (Taint, Option<Elems>) {
        match value {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })
                if elts.len() <= MAX_ELEMS && !elts.iter().any(Expr::is_starred_expr) =>
            {
                let items: Vec<(Taint, Value)> = elts
                    .iter()
                    .map(|e| (self.expr(e, st), self.fold(e, st)))
                    .collect();
                let elems = Elems::List(items);
                (elems.union(), Some(elems))
            }
            Expr::Dict(d) if d.items.len() <= MAX_ELEMS => {
                let mut entries = Vec::new();
                let mut whole = Taint::default();
                let mut known = true;
                for item in &d.items {
                    let key = item
                        .key
                        .as_ref()
                        .map(|k| (self.expr(k, st), self.fold(k, st)));
                    let t = self.expr(&item.value, st);
                    whole.union(&t);
                    match key {
                        Some((kt, k)) if k.is_known() && kt.is_empty() => {
                            entries.retain(|(o, _): &(Value, Taint)| *o != k);
                            entries.push((k, t));
                        }
                        Some((kt, _)) => {
                            whole.union(&kt);
                            known = false;
                        }
                        // `**other`: keys not known.
                        None => known = false,
                    }
                }
                (whole, known.then_some(Elems::Dict(entries)))
            }
            Expr::Call(call)
                if matches!(
                    match call.func.as_ref() {
                        Expr::Name(n) => n.id.as_str(),
                        Expr::Attribute(a) => a.attr.id.as_str(),
                        _ => "",
                    },
                    "ConfigParser"
                        | "RawConfigParser"
                        | "SafeConfigParser"
                        | "loads"
                        | "dumps"
                        | "copy"
                        | "deepcopy"
                ) =>
            {
                let fqn = self.resolver.callee_fqn(&call.func, self.scope);
                let args = &call.arguments.args;
                match fqn.as_deref() {
                    Some(
                        "configparser.ConfigParser"
                        | "configparser.RawConfigParser"
                        | "configparser.SafeConfigParser",
                    ) if args.is_empty() => (self.expr(value, st), Some(Elems::Config(Vec::new()))),
                    // Copies and JSON round trips keep the elements of a literal (a fresh object).
                    Some("json.loads" | "json.dumps" | "copy.copy" | "copy.deepcopy")
                        if args.len() == 1
                            && matches!(
                                &args[0],
                                Expr::Dict(_) | Expr::List(_) | Expr::Tuple(_) | Expr::Call(_)
                            ) =>
                    {
                        let (t, elems) = self.value_with_elems(&args[0], st);
                        match elems {
                            Some(e) => (t, Some(e)),
                            None => (t, None),
                        }
                    }
                    _ => (self.expr(value, st), None),
                }
            }
            Expr::Subscript(s) if matches!(s.slice.as_ref(), Expr::Slice(_)) => {
                let t = self.expr(value, st);
                let elems = self.sliced(s, st);
                (t, elems)
            }
            _ => (self.expr(value, st), None),
        }
    }

    /// The items of `x[a:b]` when `x` is a tracked list and the bounds are constants.
    fn sliced(&self, s: &ast::ExprSubscript, st: &State) -> Option<Elems> {
        let Expr::Slice(slice) = s.slice.as_ref() else {
            return None;
        };
        if slice.step.is_some() {
            return None;
        }
        let Elems::List(items) = st.elems.get(&state_key(&s.value)?)? else {
            return None;
        };
        let bound = |b: &Option<Box<Expr>>| b.as_ref().map_or(Value::None, |e| self.fold(e, st));
        let range = slice_range(items.len(), &bound(&slice.lower), &bound(&slice.upper))?;
        Some(Elems::List(items[range].to_vec()))
    }

    /// `x[k]` on a tracked container with a constant key or index, or a constant slice: the taint of the
    /// elements read (`None`: not tracked, use the whole container).
    pub(super) fn element_read(&self, s: &ast::ExprSubscript, st: &State) -> Option<Taint> {
        let elems = st.elems.get(&state_key(&s.value)?)?;
        if let Expr::Slice(_) = s.slice.as_ref() {
            return self.sliced(s, st).map(|e| e.union());
        }
        let key = self.fold(&s.slice, st);
        match (elems, key) {
            (Elems::List(items), Value::Int(i)) => {
                // Out of range raises: nothing flows on.
                Some(position(items.len(), i).map_or_else(Taint::default, |p| items[p].0.clone()))
            }
            (Elems::Dict(entries), k) if k.is_known() => Some(
                entries
                    .iter()
                    .find(|(o, _)| *o == k)
                    .map_or_else(Taint::default, |(_, t)| t.clone()),
            ),
            _ => None,
        }
    }

    /// `x[k] = value` on a tracked container: updates one element when `k` is constant, else the
    /// container is tracked as a whole from here on. Returns whether the element was updated.
    pub(super) fn element_store(
        &self,
        sub: &ast::ExprSubscript,
        value: Option<&Expr>,
        t: &Taint,
        st: &mut State,
    ) -> bool {
        let Some(key) = state_key(&sub.value) else {
            return false;
        };
        let Some(mut elems) = st.elems.remove(&key) else {
            return false;
        };
        let k = self.fold(&sub.slice, st);
        let v = value.map_or(Value::Unknown, |v| self.fold(v, st));
        let updated = match (&mut elems, k) {
            (Elems::List(items), Value::Int(i)) => match position(items.len(), i) {
                Some(p) => {
                    items[p] = (t.clone(), v);
                    true
                }
                None => false,
            },
            (Elems::Dict(entries), k) if k.is_known() && entries.len() < MAX_ELEMS => {
                match entries.iter_mut().find(|(o, _)| *o == k) {
                    Some(entry) => entry.1 = t.clone(),
                    None => entries.push((k, t.clone())),
                }
                true
            }
            _ => false,
        };
        if updated {
            st.set_elems(&key, elems);
        }
        updated
    }

    /// A method called on a tracked container. Returns the call's result when the method is modelled;
    /// otherwise the container is tracked as a whole from here on and `None` is returned.
    pub(super) fn container_method(
        &self,
        key: &str,
        method: &str,
        call: &ast::ExprCall,
        positional: &[Taint],
        st: &mut State,
    ) -> Option<Taint> {
        let mut elems = st.elems.remove(key)?;
        let args = &call.arguments.args;
        if !call.arguments.keywords.is_empty() || args.iter().any(Expr::is_starred_expr) {
            return None;
        }
        let konst = |i: usize| self.fold(&args[i], st);
        let mut result = Taint::default();
        let modelled = match (&mut elems, method, args.len()) {
            (Elems::List(items), "append", 1) if items.len() < MAX_ELEMS => {
                items.push((positional[0].clone(), konst(0)));
                true
            }
            (Elems::List(items), "insert", 2) if items.len() < MAX_ELEMS => match konst(0) {
                Value::Int(i) => {
                    let len = items.len() as i128;
                    let at = if i < 0 { (len + i).max(0) } else { i.min(len) } as usize;
                    items.insert(at, (positional[1].clone(), konst(1)));
                    true
                }
                _ => false,
            },
            (Elems::List(items), "pop", 0) => {
                result = items.pop().map(|(t, _)| t).unwrap_or_default();
                true
            }
            (Elems::List(items), "pop", 1) => match konst(0) {
                Value::Int(i) => match position(items.len(), i) {
                    Some(p) => {
                        result = items.remove(p).0;
                        true
                    }
                    None => false,
                },
                _ => false,
            },
            (Elems::List(items), "remove", 1) => {
                let v = konst(0);
                // The first equal item goes; an earlier item of unknown value might be the one.
                let first = items.iter().position(|(_, x)| !x.is_known() || *x == v);
                match first {
                    Some(p) if v.is_known() && items[p].1 == v => {
                        items.remove(p);
                        true
                    }
                    None if v.is_known() => true,
                    _ => false,
                }
            }
            (Elems::List(items), "extend", 1) => {
                let added: Option<Vec<(Taint, Value)>> = match &args[0] {
                    Expr::List(ast::ExprList { elts, .. })
                    | Expr::Tuple(ast::ExprTuple { elts, .. }) => Some(
                        elts.iter()
                            .map(|e| {
                                let v = self.fold(e, st);
                                // A constant element is clean; others get the literal's taint.
                                let t = if v.is_known() {
                                    Taint::default()
                                } else {
                                    positional[0].clone()
                                };
                                (t, v)
                            })
                            .collect(),
                    ),
                    other => match state_key(other).and_then(|k| st.elems.get(&k)) {
                        Some(Elems::List(other)) => Some(other.clone()),
                        _ => None,
                    },
                };
                match added {
                    Some(added) if items.len() + added.len() <= MAX_ELEMS => {
                        items.extend(added);
                        true
                    }
                    _ => false,
                }
            }
            (Elems::List(items), "clear", 0) => {
                items.clear();
                true
            }
            // configparser: `set(section, option, value)`, `get(section, option)`.
            (Elems::Config(entries), "set", 3) => {
                let k = Value::Tuple(vec![konst(0), konst(1)]);
                if konst(0).is_known() && konst(1).is_known() && entries.len() < MAX_ELEMS {
                    match entries.iter_mut().find(|(o, _)| *o == k) {
                        Some(e) => e.1 = positional[2].clone(),
                        None => entries.push((k, positional[2].clone())),
                    }
                    true
                } else {
                    false
                }
            }
            (Elems::Config(entries), "get", 2) => {
                let k = Value::Tuple(vec![konst(0), konst(1)]);
                if konst(0).is_known() && konst(1).is_known() {
                    result = entries
                        .iter()
                        .find(|(o, _)| *o == k)
                        .map_or_else(Taint::default, |(_, t)| t.clone());
                    true
                } else {
                    false
                }
            }
            (Elems::Config(_), "add_section" | "has_section" | "has_option" | "sections", _) => {
                true
            }
            (Elems::Dict(entries), "clear", 0) => {
                entries.clear();
                true
            }
            (Elems::Dict(entries), "get" | "pop", 1 | 2) => {
                let k = konst(0);
                if k.is_known() && positional[0].is_empty() {
                    let found = entries.iter().position(|(o, _)| *o == k);
                    if let Some(p) = found {
                        result = entries[p].1.clone();
                        if method == "pop" {
                            entries.remove(p);
                        }
                    }
                    if let Some(default) = positional.get(1) {
                        result.union(default);
                    }
                    true
                } else {
                    false
                }
            }
            (Elems::Dict(entries), "setdefault", 2) => {
                let k = konst(0);
                if k.is_known() && positional[0].is_empty() {
                    match entries.iter().find(|(o, _)| *o == k) {
                        Some((_, t)) => result = t.clone(),
                        None => {
                            result = positional[1].clone();
                            entries.push((k, positional[1].clone()));
                        }
                    }
                    true
                } else {
                    false
                }
            }
            // Reads that leave the container as it is; their result is the default propagation.
            (_, "copy" | "count" | "index" | "keys" | "values" | "items", _) => {
                st.elems.insert(key.to_string(), elems);
                return None;
            }
            _ => false,
        };
        if !modelled {
            return None;
        }
        st.set_elems(key, elems);
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_and_slices_follow_python() {
        assert_eq!(position(3, -1), Some(2));
        assert_eq!(position(3, 3), None);
        assert_eq!(slice_range(4, &Value::Int(1), &Value::None), Some(1..4));
        assert_eq!(slice_range(4, &Value::None, &Value::Int(-1)), Some(0..3));
        assert_eq!(slice_range(4, &Value::Int(9), &Value::None), Some(4..4));
        assert_eq!(slice_range(4, &Value::Unknown, &Value::None), None);
    }
}
