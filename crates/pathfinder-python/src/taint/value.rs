//! Taint values: labels, the paths that brought them, and the per-name state of a walk.

use super::RuleIdx;
use super::Step;
use crate::model::Span;
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
    pub(super) fn start(span: Span, what: String) -> Rc<Trace> {
        Rc::new(Trace {
            step: Step {
                span,
                what,
                place: None,
            },
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
        what: impl FnOnce() -> String,
        crosses: bool,
    ) -> Rc<Trace> {
        // Long chains add nothing for the reader; keep the source and the latest steps bounded.
        if self.len >= 16 {
            return self.clone();
        }
        Rc::new(Trace {
            step: Step {
                span,
                what: what(),
                place: None,
            },
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
        self.0.retain(|(l, _)| match l {
            Label::Rule(r) | Label::Param(_, r) => !rules.contains(r),
        });
    }

    pub(super) fn labels(&self) -> impl Iterator<Item = Label> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    pub(super) fn then(&self, span: Span, what: impl Fn() -> String) -> Taint {
        Taint(
            self.0
                .iter()
                .map(|(l, t)| (*l, t.then(span, &what, false)))
                .collect(),
        )
    }

    pub(super) fn same_labels(&self, other: &Taint) -> bool {
        self.labels().eq(other.labels())
    }
}

pub(super) type State = FxHashMap<String, Taint>;

pub(super) fn merge_into(into: &mut State, other: &State) {
    for (k, v) in other {
        into.entry(k.clone()).or_default().union(v);
    }
}

pub(super) fn same_state(a: &State, b: &State) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| v.same_labels(w)))
}
