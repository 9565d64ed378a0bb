//! Guards: conditions after which (or inside which) a value is known to be safe for some rules.
//!
//! A condition gives facts for its true branch and for its false branch; `if !ok { return }` leaves the
//! false facts of `ok` on the path after it. Go's checks: an allow-list map lookup (`allowed[x]`,
//! `_, ok := allowed[x]`), equality with a constant, `slices.Contains(list, x)`, a prefix check of a
//! cleaned path (`p := filepath.Join(base, name)` then `strings.HasPrefix(p, base)`), a regexp match, a
//! validating sanitizer's error (`_, err := strconv.Atoi(x)` then `err != nil`), and the host of a parsed
//! URL compared with a constant or looked up in an allow list.

use super::value::State;
use super::walk::{Ctx, Frame};
use pathfinder_python::taint::{guard_family, RuleIdx, TaintSpec};
use tree_sitter::Node;

/// What a guard makes safe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Clean {
    /// The rules trusting these guard families (bits of `GUARD_FAMILIES`).
    Families(u8),
    /// These rules (a validating sanitizer's check).
    Rules(Vec<RuleIdx>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Fact {
    pub key: String,
    pub clean: Clean,
}

impl Fact {
    pub(super) fn allow_list(key: String) -> Fact {
        Fact {
            key,
            clean: Clean::Families(family("allow_list")),
        }
    }

    fn of(key: String, families: &[&str]) -> Fact {
        Fact {
            key,
            clean: Clean::Families(families.iter().map(|f| family(f)).fold(0, |a, b| a | b)),
        }
    }

    pub(super) fn rules(&self, spec: &dyn TaintSpec, count: RuleIdx) -> Vec<RuleIdx> {
        match &self.clean {
            Clean::Families(bits) => (0..count)
                .filter(|&r| spec.guard_bits(r) & bits != 0)
                .collect(),
            Clean::Rules(r) => r.clone(),
        }
    }
}

fn family(name: &str) -> u8 {
    guard_family(name).unwrap_or(0)
}

type Facts = Vec<Fact>;

/// Facts when `cond` is true, and when it is false.
pub(super) fn facts(cx: &Ctx, cond: Node, st: &State, fr: &Frame) -> (Facts, Facts) {
    facts_at(cx, cond, st, fr, 0)
}

fn facts_at(cx: &Ctx, n: Node, st: &State, fr: &Frame, depth: u32) -> (Facts, Facts) {
    if depth > 32 {
        return (Vec::new(), Vec::new());
    }
    let text = |x: Node| cx.src.get(x.byte_range()).unwrap_or("");
    match n.kind() {
        "parenthesized_expression" => match n.named_child(0) {
            Some(x) => facts_at(cx, x, st, fr, depth + 1),
            None => (Vec::new(), Vec::new()),
        },
        "unary_expression" => {
            let op = n.child_by_field_name("operator").map(text).unwrap_or("");
            match (op, n.child_by_field_name("operand")) {
                ("!", Some(x)) => {
                    let (t, f) = facts_at(cx, x, st, fr, depth + 1);
                    (f, t)
                }
                _ => (Vec::new(), Vec::new()),
            }
        }
        "binary_expression" => {
            let op = n.child_by_field_name("operator").map(text).unwrap_or("");
            let (Some(l), Some(r)) = (
                n.child_by_field_name("left"),
                n.child_by_field_name("right"),
            ) else {
                return (Vec::new(), Vec::new());
            };
            match op {
                "&&" => {
                    let (lt, lf) = facts_at(cx, l, st, fr, depth + 1);
                    let (rt, rf) = facts_at(cx, r, st, fr, depth + 1);
                    (union(lt, rt), intersect(lf, rf))
                }
                "||" => {
                    let (lt, lf) = facts_at(cx, l, st, fr, depth + 1);
                    let (rt, rf) = facts_at(cx, r, st, fr, depth + 1);
                    (intersect(lt, rt), union(lf, rf))
                }
                "==" | "!=" => {
                    let eq = comparison(cx, l, r, fr);
                    if op == "==" {
                        (eq, Vec::new())
                    } else {
                        (Vec::new(), eq)
                    }
                }
                _ => (Vec::new(), Vec::new()),
            }
        }
        // `allowed[x]` on a map the request does not fill.
        "index_expression" => {
            let (Some(m), Some(i)) = (
                n.child_by_field_name("operand"),
                n.child_by_field_name("index"),
            ) else {
                return (Vec::new(), Vec::new());
            };
            match (cx.path(m), checked_key(cx, i, fr)) {
                (Some(m), Some(keys)) if cx.read(&m, st).is_empty() => (allow(keys), Vec::new()),
                _ => (Vec::new(), Vec::new()),
            }
        }
        "identifier" => match fr.ok_of.get(text(n)) {
            Some(x) => (vec![Fact::allow_list(x.clone())], Vec::new()),
            None => (Vec::new(), Vec::new()),
        },
        "call_expression" => (call_facts(cx, n, st, fr), Vec::new()),
        _ => (Vec::new(), Vec::new()),
    }
}

fn allow(keys: Vec<String>) -> Facts {
    keys.into_iter().map(Fact::allow_list).collect()
}

/// The paths a checked value stands for: the value itself, and for the host of a parsed URL
/// (`u.Host`, `u.Hostname()`) the URL and the text it was parsed from.
fn checked_key(cx: &Ctx, n: Node, fr: &Frame) -> Option<Vec<String>> {
    let host_of = |x: Node| -> Option<Vec<String>> {
        let u = cx.path(x)?;
        let mut keys = vec![u.clone()];
        if let Some(from) = fr.parsed_from.get(&u) {
            keys.push(from.clone());
        }
        Some(keys)
    };
    match n.kind() {
        "selector_expression" => {
            let field = cx.src.get(n.child_by_field_name("field")?.byte_range())?;
            let op = n.child_by_field_name("operand")?;
            if matches!(field, "Host") {
                let mut keys = host_of(op)?;
                keys.push(cx.path(n)?);
                return Some(keys);
            }
            cx.path(n).map(|p| vec![p])
        }
        "call_expression" => {
            let f = n.child_by_field_name("function")?;
            if f.kind() != "selector_expression" {
                return None;
            }
            let field = cx.src.get(f.child_by_field_name("field")?.byte_range())?;
            (field == "Hostname")
                .then(|| host_of(f.child_by_field_name("operand")?))
                .flatten()
        }
        _ => cx.path(n).map(|p| vec![p]),
    }
}

/// `x == "admin"`, `u.Host != "api.example.com"`: facts when the two sides are equal.
fn comparison(cx: &Ctx, l: Node, r: Node, fr: &Frame) -> Facts {
    let text = |x: Node| cx.src.get(x.byte_range()).unwrap_or("");
    // `err != nil` after a validating call: the call accepted its argument when `err == nil`.
    for (a, b) in [(l, r), (r, l)] {
        if b.kind() == "nil" {
            if let Some((x, rules)) = fr.validated_by.get(text(a)) {
                // Equal to nil: validated.
                return vec![Fact {
                    key: x.clone(),
                    clean: Clean::Rules(rules.clone()),
                }];
            }
            return Vec::new();
        }
    }
    for (a, b) in [(l, r), (r, l)] {
        if is_constant(cx, b) {
            if let Some(keys) = checked_key(cx, a, fr) {
                return keys
                    .into_iter()
                    .map(|k| Fact::of(k, &["allow_list", "url_host"]))
                    .collect();
            }
        }
    }
    Vec::new()
}

/// A literal, or a name bound to a constant.
pub(super) fn is_constant(cx: &Ctx, n: Node) -> bool {
    match n.kind() {
        "interpreted_string_literal"
        | "raw_string_literal"
        | "int_literal"
        | "rune_literal"
        | "true"
        | "false" => true,
        // Exported constants of the package are written in capitals or declared `const`; a name the
        // request does not reach is as good as one for an allow list.
        "identifier" => {
            let name = cx.src.get(n.byte_range()).unwrap_or("");
            name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        }
        "selector_expression" => {
            // `pkg.Const`
            n.child_by_field_name("operand")
                .is_some_and(|o| o.kind() == "identifier")
                && cx
                    .src
                    .get(n.byte_range())
                    .and_then(|t| t.rsplit('.').next())
                    .is_some_and(|f| f.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        }
        _ => false,
    }
}

/// Checks written as calls: `strings.HasPrefix(p, base)` on a cleaned path, `re.MatchString(x)`,
/// `slices.Contains(allowed, x)`.
fn call_facts(cx: &Ctx, n: Node, st: &State, fr: &Frame) -> Facts {
    let Some(call) = cx.call_index(n).map(|i| &cx.model.calls[i as usize]) else {
        return Vec::new();
    };
    let args: Vec<Node> = match n.child_by_field_name("arguments") {
        Some(a) => {
            let mut c = a.walk();
            a.named_children(&mut c).collect()
        }
        None => return Vec::new(),
    };
    let fqn = call.fqn.as_deref().unwrap_or("");
    let path = |i: usize| args.get(i).and_then(|a| cx.path(*a));
    match fqn {
        "strings.HasPrefix" | "path/filepath.HasPrefix" => match path(0) {
            Some(p) if fr.cleaned.contains(&p) => vec![Fact::of(p, &["path_traversal"])],
            _ => Vec::new(),
        },
        "slices.Contains" | "golang.org/x/exp/slices.Contains" => {
            match (path(0), args.get(1).and_then(|a| checked_key(cx, *a, fr))) {
                (Some(list), Some(keys)) if cx.read(&list, st).is_empty() => allow(keys),
                _ => Vec::new(),
            }
        }
        "regexp.MatchString" => path(1)
            .map(|x| vec![Fact::of(x, &["regex"])])
            .unwrap_or_default(),
        _ if call.name == "MatchString" && call.receiver.is_some() => path(0)
            .map(|x| vec![Fact::of(x, &["regex"])])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn union(mut a: Facts, b: Facts) -> Facts {
    for f in b {
        if !a.contains(&f) {
            a.push(f);
        }
    }
    a
}

/// Facts both sides give (`x != "a" && x != "b"` is false only when `x` is one of them).
fn intersect(a: Facts, b: Facts) -> Facts {
    a.into_iter()
        .filter_map(|f| {
            b.iter()
                .find(|g| g.key == f.key)
                .map(|g| match (&f.clean, &g.clean) {
                    (Clean::Families(x), Clean::Families(y)) => Fact {
                        key: f.key.clone(),
                        clean: Clean::Families(x & y),
                    },
                    (Clean::Rules(x), Clean::Rules(y)) => Fact {
                        key: f.key.clone(),
                        clean: Clean::Rules(x.iter().filter(|r| y.contains(r)).copied().collect()),
                    },
                    _ => Fact {
                        key: f.key.clone(),
                        clean: Clean::Rules(Vec::new()),
                    },
                })
        })
        .collect()
}
