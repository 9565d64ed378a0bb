//! Taint values: labels, the paths that brought them, and the per-name state of a walk.

use super::RuleIdx;
use super::{Step, StepKind};
use crate::model::{Span, Value};
use rustc_hash::FxHashMap;
use std::rc::Rc;

#[derive(Debug)]
pub(super) struct Trace {
    pub(super) step: Step,
    pub(super) prev: Option<Rc<Trace>>,
    pub(super) len: u32,
    pub(super) crosses: bool,
}

impl Trace {
    pub(super) fn start(
        span: Span,
        kind: StepKind,
        verb: &'static str,
        subject: String,
    ) -> Rc<Trace> {
        Rc::new(Trace {
            step: Step::new(span, kind, verb, subject),
            prev: None,
            len: 1,
            crosses: false,
        })
    }

    /// A path computed in another file, continued here.
    pub(super) fn from_steps(steps: &[Step]) -> Option<Rc<Trace>> {
        let mut cur: Option<Rc<Trace>> = None;
        for step in steps {
            let len = cur.as_ref().map_or(1, |t| t.len + 1);
            cur = Some(Rc::new(Trace {
                step: step.clone(),
                prev: cur.take(),
                len,
                crosses: true,
            }));
        }
        cur
    }

    pub(super) fn then(
        self: &Rc<Trace>,
        span: Span,
        kind: StepKind,
        verb: &'static str,
        subject: impl FnOnce() -> String,
        crosses: bool,
    ) -> Rc<Trace> {
        // Long chains add nothing for the reader; keep the source and the latest steps bounded.
        if self.len >= 16 {
            return self.clone();
        }
        Rc::new(Trace {
            step: Step::new(span, kind, verb, subject()),
            prev: Some(self.clone()),
            len: self.len + 1,
            crosses: crosses || self.crosses,
        })
    }

    pub(super) fn steps(&self) -> Vec<Step> {
        let mut steps = vec![self.step.clone()];
        let mut cur = self.prev.as_ref();
        while let Some(t) = cur {
            steps.push(t.step.clone());
            cur = t.prev.as_ref();
        }
        steps.reverse();
        steps
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Label {
    Rule(RuleIdx),
    /// Symbolic taint of a function's parameter as seen by one rule, for summaries: a sanitizer of
    /// that rule removes it like it removes the rule's own taint.
    Param(u16, RuleIdx),
    /// A rule's taint after a guard that excludes `..` but not an absolute name: clean where it is
    /// appended to a fixed prefix (`f"{BASE}/{name}"`), tainted again once joined as a path component.
    Weak(RuleIdx),
    WeakParam(u16, RuleIdx),
    /// An attribute read on a parameter (`req.args`, path number `.1` of the walk's interned paths): a
    /// source of the rule if the caller passes an object whose attribute at that path is one (`request`).
    ParamAttr(u16, u16, RuleIdx),
}

impl Label {
    pub(super) fn rule(self) -> RuleIdx {
        match self {
            Label::Rule(r)
            | Label::Param(_, r)
            | Label::Weak(r)
            | Label::WeakParam(_, r)
            | Label::ParamAttr(_, _, r) => r,
        }
    }

    fn strong(self) -> Label {
        match self {
            Label::Weak(r) => Label::Rule(r),
            Label::WeakParam(p, r) => Label::Param(p, r),
            l => l,
        }
    }

    pub(super) fn weak(self) -> Label {
        match self {
            Label::Rule(r) => Label::Weak(r),
            Label::Param(p, r) => Label::WeakParam(p, r),
            l => l,
        }
    }
}

/// A value's taint: labels with the path that brought each one. Sorted by label, first path kept.
#[derive(Debug, Clone, Default)]
pub(super) struct Taint(pub(super) Vec<(Label, Rc<Trace>)>);

impl Taint {
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(super) fn add(&mut self, label: Label, trace: Rc<Trace>) {
        if let Err(i) = self.0.binary_search_by_key(&label, |(l, _)| *l) {
            self.0.insert(i, (label, trace));
        }
    }

    pub(super) fn union(&mut self, other: &Taint) {
        for (l, t) in &other.0 {
            self.add(*l, t.clone());
        }
    }

    pub(super) fn remove_rules(&mut self, rules: &[RuleIdx]) {
        self.0.retain(|(l, _)| !rules.contains(&l.rule()));
    }

    /// Joined as a path component: a guard against `..` alone no longer protects the value.
    pub(super) fn strengthen(&mut self) {
        if self.0.iter().any(|(l, _)| l.strong() != *l) {
            let old = std::mem::take(&mut self.0);
            for (l, t) in old {
                self.add(l.strong(), t);
            }
        }
    }

    /// Placed after fixed text: taint that a `..` check left weak no longer matters.
    pub(super) fn drop_weak(&mut self) {
        self.0
            .retain(|(l, _)| !matches!(l, Label::Weak(_) | Label::WeakParam(..)));
    }

    pub(super) fn labels(&self) -> impl Iterator<Item = Label> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    pub(super) fn then(
        &self,
        span: Span,
        kind: StepKind,
        verb: &'static str,
        subject: impl Fn() -> String,
    ) -> Taint {
        Taint(
            self.0
                .iter()
                .map(|(l, t)| (*l, t.then(span, kind, verb, &subject, false)))
                .collect(),
        )
    }

    pub(super) fn same_labels(&self, other: &Taint) -> bool {
        self.labels().eq(other.labels())
    }
}

/// Known elements of a container held by a name: list items by position, dict entries by constant key.
/// The name's own taint (in [`State::vars`]) stays the union of its elements, for every other use.
#[derive(Debug, Clone)]
pub(super) enum Elems {
    /// Items in order, each with its constant value when known (for `remove(value)`).
    List(Vec<(Taint, Value)>),
    Dict(Vec<(Value, Taint)>),
    /// A `configparser` object: options by constant (section, option).
    Config(Vec<(Value, Taint)>),
}

impl Elems {
    pub(super) fn union(&self) -> Taint {
        let mut t = Taint::default();
        match self {
            Elems::List(items) => items.iter().for_each(|(e, _)| t.union(e)),
            Elems::Dict(items) | Elems::Config(items) => items.iter().for_each(|(_, e)| t.union(e)),
        }
        t
    }

    /// Element-wise union of two shapes of the same kind and size (`None`: they differ, so the shape is lost).
    fn merge(&self, other: &Elems) -> Option<Elems> {
        match (self, other) {
            (Elems::List(a), Elems::List(b)) if a.len() == b.len() => Some(Elems::List(
                a.iter()
                    .zip(b)
                    .map(|((x, xv), (y, yv))| {
                        let mut t = x.clone();
                        t.union(y);
                        (t, if xv == yv { xv.clone() } else { Value::Unknown })
                    })
                    .collect(),
            )),
            (Elems::Dict(a), Elems::Dict(b)) | (Elems::Config(a), Elems::Config(b))
                if a.len() == b.len() && a.iter().zip(b).all(|((k, _), (l, _))| k == l) =>
            {
                let entries = a
                    .iter()
                    .zip(b)
                    .map(|((k, x), (_, y))| {
                        let mut t = x.clone();
                        t.union(y);
                        (k.clone(), t)
                    })
                    .collect();
                Some(if matches!(self, Elems::Config(_)) {
                    Elems::Config(entries)
                } else {
                    Elems::Dict(entries)
                })
            }
            _ => None,
        }
    }
}

/// What the walk knows at a program point: the taint of each name (`x`, `self.x`), the constant value of
/// names last assigned a constant (to decide branches), and the known elements of containers.
#[derive(Debug, Clone, Default)]
pub(super) struct State {
    pub(super) vars: FxHashMap<String, Taint>,
    pub(super) consts: FxHashMap<String, Value>,
    pub(super) elems: FxHashMap<String, Elems>,
    /// `u = urlparse(x)`: `u` → `x`, so a check of `u.netloc` guards `x`.
    pub(super) parsed: FxHashMap<String, String>,
    /// Names last assigned a normalized absolute path (`os.path.realpath(...)`, `Path(...).resolve()`):
    /// a prefix check of such a path keeps it under the base directory.
    pub(super) normalized: rustc_hash::FxHashSet<String>,
}

impl std::ops::Deref for State {
    type Target = FxHashMap<String, Taint>;
    fn deref(&self) -> &Self::Target {
        &self.vars
    }
}

impl std::ops::DerefMut for State {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.vars
    }
}

impl State {
    /// Forgets what was known about a name before it is assigned again.
    pub(super) fn forget(&mut self, key: &str) {
        self.consts.remove(key);
        self.elems.remove(key);
        self.parsed.remove(key);
        self.normalized.remove(key);
    }

    /// Sets a container's known elements and its taint to their union.
    pub(super) fn set_elems(&mut self, key: &str, elems: Elems) {
        let whole = elems.union();
        if whole.is_empty() {
            self.vars.remove(key);
        } else {
            self.vars.insert(key.to_string(), whole);
        }
        self.elems.insert(key.to_string(), elems);
    }
}

/// Joins the state of another path into `into` (a name is tainted if it is on either path; a constant or
/// a container shape survives only if both paths agree).
pub(super) fn merge_into(into: &mut State, other: &State) {
    for (k, v) in &other.vars {
        into.vars.entry(k.clone()).or_default().union(v);
    }
    into.consts.retain(|k, v| other.consts.get(k) == Some(v));
    let mut elems = std::mem::take(&mut into.elems);
    elems.retain(|k, e| match other.elems.get(k).and_then(|o| e.merge(o)) {
        Some(m) => {
            *e = m;
            true
        }
        None => false,
    });
    into.elems = elems;
    into.parsed.retain(|k, v| other.parsed.get(k) == Some(v));
    into.normalized.retain(|k| other.normalized.contains(k));
}

pub(super) fn same_state(a: &State, b: &State) -> bool {
    a.vars.len() == b.vars.len()
        && a.vars
            .iter()
            .all(|(k, v)| b.vars.get(k).is_some_and(|w| v.same_labels(w)))
        && a.consts.len() == b.consts.len()
        && a.elems.len() == b.elems.len()
}
