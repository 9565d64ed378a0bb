//! Values of the interpreted rule file, with the bits of Python semantics the SDK relies on:
//! truthiness, `str()`/`repr()`, hashable dict keys and `json.dumps` conversion.

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use ruff_text_size::TextRange;
use serde_json::{Map, Number, Value as Json};

use super::interp::{Decorator, Function, LegacyRule, QueryClass};
use super::json::float_repr;
use super::matchers::Code;
use super::sdk::Builtin;
use super::{fail, Eval, RED_ZONE, STACK_SEGMENT};

/// Deepest nesting of composite values (lists, matchers, classes…); shipped rules use fewer than 5.
pub(super) const MAX_VALUE_DEPTH: u32 = 100;

/// Work allowed for building JSON in one file, in nodes plus string bytes. Shared references
/// (`a = [b, b]` repeated, `Or(m, m)`) can describe exponentially large trees; this bounds them.
const JSON_BUDGET: u64 = 1 << 22;

#[derive(Clone)]
pub(super) enum Value<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<Seq<'a>>),
    Tuple(Rc<Seq<'a>>),
    Dict(Rc<Dict<'a>>),
    /// A module of the SDK, by dotted path.
    Module(&'static str),
    Builtin(Builtin),
    /// `QueryType` or one of its subclasses.
    Class(Rc<QueryClass<'a>>),
    /// A method bound to its receiver, e.g. `X.method` or `calls(…).tracks`.
    Method(Rc<Value<'a>>, &'static str),
    /// Anything with `to_ir`: code matchers, logic nodes, dataflow, propagation primitives.
    Code(Rc<Code>),
    /// `lt(…)`, `regex(…)`, …: the argument constraint it stands for.
    Qualifier(Rc<Doc>),
    /// Anything with `to_dict`: container matchers and combinators, as their dict.
    Container(Rc<Doc>),
    Function(Rc<Function<'a>>),
    /// What `python_rule(…)` and the other rule decorators return.
    Decorator(Rc<Decorator<'a>>),
    /// What the legacy `@rule` leaves in place of the function.
    Rule(Rc<LegacyRule<'a>>),
}

/// The items of a list or tuple.
pub(super) struct Seq<'a> {
    pub items: Vec<Value<'a>>,
    depth: u32,
}

/// The items of a dict literal, in insertion order, keys unique.
pub(super) struct Dict<'a> {
    pub items: Vec<(Key, Value<'a>)>,
    depth: u32,
}

/// A JSON document held by a value, with its nesting depth.
pub(super) struct Doc {
    pub json: Json,
    pub depth: u32,
}

/// One more level of nesting above `depth`, refused past [`MAX_VALUE_DEPTH`]: deep values would make
/// conversions and drops recurse without bound.
pub(super) fn nest(depth: u32, range: TextRange) -> Eval<u32> {
    if depth >= MAX_VALUE_DEPTH {
        return fail(
            range,
            format!("values nested deeper than {MAX_VALUE_DEPTH} levels"),
        );
    }
    Ok(depth + 1)
}

impl<'a> Seq<'a> {
    pub fn new(items: Vec<Value<'a>>, range: TextRange) -> Eval<Rc<Self>> {
        let depth = nest(items.iter().map(Value::depth).max().unwrap_or(0), range)?;
        Ok(Rc::new(Seq { items, depth }))
    }
}

impl<'a> Dict<'a> {
    /// Python's dict display: a repeated key keeps its first position and takes the last value.
    pub fn new(entries: Vec<(Key, Value<'a>)>, range: TextRange) -> Eval<Rc<Self>> {
        let mut items: Vec<(Key, Value<'a>)> = Vec::with_capacity(entries.len());
        let mut positions: HashMap<Key, usize> = HashMap::new();
        for (key, value) in entries {
            match positions.get(&key) {
                Some(&at) => items[at].1 = value,
                None => {
                    positions.insert(key.clone(), items.len());
                    items.push((key, value));
                }
            }
        }
        let depth = nest(
            items.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            range,
        )?;
        Ok(Rc::new(Dict { items, depth }))
    }
}

impl Doc {
    pub fn new(json: Json, depth: u32) -> Rc<Self> {
        Rc::new(Doc { json, depth })
    }
}

impl<'a> Value<'a> {
    pub fn str(s: &str) -> Self {
        Value::Str(Rc::from(s))
    }

    /// A list of strings, as the SDK's class attributes hold them.
    pub fn str_list(items: &[&str]) -> Self {
        let items = items.iter().map(|item| Value::str(item)).collect();
        Value::List(Rc::new(Seq { items, depth: 1 }))
    }

    pub fn depth(&self) -> u32 {
        match self {
            Value::List(seq) | Value::Tuple(seq) => seq.depth,
            Value::Dict(dict) => dict.depth,
            Value::Class(class) => class.depth,
            Value::Method(receiver, _) => receiver.depth() + 1,
            Value::Code(code) => code.depth,
            Value::Qualifier(doc) | Value::Container(doc) => doc.depth,
            Value::Function(function) => function.depth,
            Value::Decorator(decorator) => decorator.depth,
            Value::Rule(rule) => rule.depth,
            _ => 0,
        }
    }

    /// The Python type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Module(_) => "module",
            Value::Builtin(_) | Value::Function(_) | Value::Decorator(_) => "function",
            Value::Class(_) => "type",
            Value::Method(..) => "method",
            Value::Code(code) => code.kind_name(),
            Value::Qualifier(_) => "Qualifier",
            Value::Container(_) => "Matcher",
            Value::Rule(_) => "Rule",
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python truthiness; objects are true.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(seq) | Value::Tuple(seq) => !seq.items.is_empty(),
            Value::Dict(dict) => !dict.items.is_empty(),
            _ => true,
        }
    }

    pub fn is_callable(&self) -> bool {
        matches!(
            self,
            Value::Builtin(_)
                | Value::Class(_)
                | Value::Method(..)
                | Value::Function(_)
                | Value::Decorator(_)
        )
    }

    /// `json.dumps` of a plain value; objects are not serializable, as in Python.
    pub fn to_json(&self, budget: &Budget, range: TextRange) -> Eval<Json> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            budget.spend(1, range)?;
            Ok(match self {
                Value::None => Json::Null,
                Value::Bool(b) => Json::Bool(*b),
                Value::Int(i) => Json::from(*i),
                Value::Float(f) => float_json(*f, range)?,
                Value::Str(s) => {
                    budget.spend(s.len(), range)?;
                    Json::String(s.to_string())
                }
                Value::List(seq) | Value::Tuple(seq) => Json::Array(
                    seq.items
                        .iter()
                        .map(|item| item.to_json(budget, range))
                        .collect::<Eval<_>>()?,
                ),
                Value::Dict(dict) => {
                    let mut map = Map::new();
                    for (key, item) in &dict.items {
                        map.insert(key.json_key(range)?, item.to_json(budget, range)?);
                    }
                    Json::Object(map)
                }
                other => {
                    return fail(
                        range,
                        format!(
                            "Object of type {} is not JSON serializable",
                            other.type_name()
                        ),
                    )
                }
            })
        })
    }

    /// Python's `str()`.
    pub fn py_str(&self, budget: &Budget, range: TextRange) -> Eval<String> {
        match self {
            Value::Str(s) => Ok(s.to_string()),
            other => other.py_repr(budget, range),
        }
    }

    /// Python's `repr()` of plain values.
    fn py_repr(&self, budget: &Budget, range: TextRange) -> Eval<String> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            budget.spend(1, range)?;
            let join = |items: &[Value<'a>]| -> Eval<Vec<String>> {
                items
                    .iter()
                    .map(|item| item.py_repr(budget, range))
                    .collect()
            };
            Ok(match self {
                Value::None => "None".to_string(),
                Value::Bool(b) => bool_str(*b).to_string(),
                Value::Int(i) => i.to_string(),
                Value::Float(f) => float_repr(*f),
                Value::Str(s) => {
                    budget.spend(s.len(), range)?;
                    str_repr(s)
                }
                Value::List(seq) => format!("[{}]", join(&seq.items)?.join(", ")),
                Value::Tuple(seq) => tuple_repr(join(&seq.items)?),
                Value::Dict(dict) => {
                    let mut parts = Vec::with_capacity(dict.items.len());
                    for (key, item) in &dict.items {
                        parts.push(format!(
                            "{}: {}",
                            key.py_repr(),
                            item.py_repr(budget, range)?
                        ));
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                other => {
                    return fail(
                        range,
                        format!("cannot format a {} object as text", other.type_name()),
                    )
                }
            })
        })
    }
}

fn float_json(f: f64, range: TextRange) -> Eval<Json> {
    match Number::from_f64(f) {
        Some(n) => Ok(Json::Number(n)),
        None => fail(range, "infinite or NaN floats have no JSON form"),
    }
}

fn bool_str(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn tuple_repr(parts: Vec<String>) -> String {
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// Python's `repr(str)`: single quotes unless the text has one and no double quote.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                let code = u32::from(c);
                out.push_str(&match code {
                    0..=0xff => format!("\\x{code:02x}"),
                    0x100..=0xffff => format!("\\u{code:04x}"),
                    _ => format!("\\U{code:08x}"),
                });
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A hashable dict key. Equality and hashing follow Python: `1 == 1.0 == True`.
#[derive(Clone, Debug)]
pub(super) enum Key {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Tuple(Rc<[Key]>),
}

impl Key {
    pub fn from_value(value: &Value<'_>, budget: &Budget, range: TextRange) -> Eval<Key> {
        budget.spend(1, range)?;
        Ok(match value {
            Value::None => Key::None,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) => Key::Float(*f),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Tuple(seq) => Key::Tuple(
                seq.items
                    .iter()
                    .map(|item| Key::from_value(item, budget, range))
                    .collect::<Eval<_>>()?,
            ),
            Value::List(_) | Value::Dict(_) => {
                return fail(range, format!("unhashable type: '{}'", value.type_name()))
            }
            other => {
                return fail(
                    range,
                    format!("a {} cannot be used as a dict key here", other.type_name()),
                )
            }
        })
    }

    /// The key as `json.dumps` writes it.
    pub fn json_key(&self, range: TextRange) -> Eval<String> {
        Ok(match self {
            Key::None => "null".to_string(),
            Key::Bool(b) => b.to_string(),
            Key::Int(i) => i.to_string(),
            Key::Float(f) => float_repr(*f),
            Key::Str(s) => s.to_string(),
            Key::Tuple(_) => {
                return fail(
                    range,
                    "keys must be str, int, float, bool or None, not tuple",
                )
            }
        })
    }

    /// Python's `str()` of the key.
    pub fn py_str(&self) -> String {
        match self {
            Key::Str(s) => s.to_string(),
            other => other.py_repr(),
        }
    }

    fn py_repr(&self) -> String {
        match self {
            Key::None => "None".to_string(),
            Key::Bool(b) => bool_str(*b).to_string(),
            Key::Int(i) => i.to_string(),
            Key::Float(f) => float_repr(*f),
            Key::Str(s) => str_repr(s),
            Key::Tuple(items) => tuple_repr(items.iter().map(Key::py_repr).collect()),
        }
    }

    /// The integer a numeric key equals, if any (floats only when integral).
    fn as_int(&self) -> Option<i64> {
        match self {
            Key::Bool(b) => Some(i64::from(*b)),
            Key::Int(i) => Some(*i),
            Key::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Some(*f as i64),
            _ => None,
        }
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Key::None, Key::None) => true,
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Tuple(a), Key::Tuple(b)) => a == b,
            (Key::Float(a), Key::Float(b)) => a == b,
            (a, b) => a.as_int().is_some() && a.as_int() == b.as_int(),
        }
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        if let Some(i) = self.as_int() {
            i.hash(state);
            return;
        }
        match self {
            Key::Float(f) => f.to_bits().hash(state),
            Key::Str(s) => s.hash(state),
            Key::Tuple(items) => items.hash(state),
            _ => 0u8.hash(state),
        }
    }
}

/// The remaining [`JSON_BUDGET`] of one file.
pub(super) struct Budget(Cell<u64>);

impl Budget {
    pub fn new() -> Self {
        Budget(Cell::new(JSON_BUDGET))
    }

    pub fn spend(&self, units: usize, range: TextRange) -> Eval<()> {
        let cost = units as u64 + 1;
        match self.0.get().checked_sub(cost) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => fail(range, "the rule's output is too large"),
        }
    }

    /// Pays for `json`, node by node.
    pub fn charge(&self, json: &Json, range: TextRange) -> Eval<()> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            self.spend(1, range)?;
            match json {
                Json::String(s) => self.spend(s.len(), range),
                Json::Array(items) => items.iter().try_for_each(|item| self.charge(item, range)),
                Json::Object(map) => map.iter().try_for_each(|(key, item)| {
                    self.spend(key.len(), range)?;
                    self.charge(item, range)
                }),
                _ => Ok(()),
            }
        })
    }
}
