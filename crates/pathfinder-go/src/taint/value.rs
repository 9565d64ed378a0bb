//! Taint values of the Go walk: per rule, where the data came from (a source, or a parameter of the
//! function being summarised) and the steps it took.

use pathfinder_python::taint::{RuleIdx, Step, StepKind};
use pathfinder_python::Span;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Steps longer than this keep their first part: the path stays readable and the work bounded.
const MAX_STEPS: u16 = 24;

/// A path of steps, shared between the values it reached (newest step first).
pub(super) struct Trace {
    step: Step,
    prev: Option<Rc<Trace>>,
    len: u16,
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
        })
    }

    /// A trace continuing with already built steps (a summary's path, maybe in another file).
    pub(super) fn from_steps(steps: &[Step]) -> Option<Rc<Trace>> {
        let mut out: Option<Rc<Trace>> = None;
        for s in steps {
            out = Some(match out {
                None => Rc::new(Trace {
                    step: s.clone(),
                    prev: None,
                    len: 1,
                }),
                Some(t) => t.push(s.clone()),
            });
        }
        out
    }

    pub(super) fn then(
        self: &Rc<Trace>,
        span: Span,
        kind: StepKind,
        verb: &'static str,
        subject: impl FnOnce() -> String,
    ) -> Rc<Trace> {
        if self.len >= MAX_STEPS || self.step.span == span {
            return self.clone();
        }
        self.push(Step::new(span, kind, verb, subject()))
    }

    fn push(self: &Rc<Trace>, step: Step) -> Rc<Trace> {
        if self.len >= MAX_STEPS {
            return self.clone();
        }
        Rc::new(Trace {
            step,
            prev: Some(self.clone()),
            len: self.len + 1,
        })
    }

    /// The steps, oldest first.
    pub(super) fn steps(&self) -> Vec<Step> {
        let mut out = Vec::with_capacity(self.len as usize);
        let mut cur = Some(self);
        while let Some(t) = cur {
            out.push(t.step.clone());
            cur = t.prev.as_deref();
        }
        out.reverse();
        out
    }
}

/// One taint label: for `rule`, data from a source (`param: None`) or from parameter `param` of the
/// function being analysed (for its summary).
#[derive(Clone)]
pub(super) struct Label {
    pub rule: RuleIdx,
    pub param: Option<u16>,
    pub trace: Rc<Trace>,
    /// The path went through a function call (a summary).
    pub crosses: bool,
}

/// The labels of one value; empty means clean.
#[derive(Clone, Default)]
pub(super) struct Taint(pub Vec<Label>);

impl Taint {
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(super) fn has(&self, rule: RuleIdx, param: Option<u16>) -> bool {
        self.0.iter().any(|l| l.rule == rule && l.param == param)
    }

    /// Adds the labels of `other` this value does not have yet (the first path found is kept).
    pub(super) fn union(&mut self, other: &Taint) {
        for l in &other.0 {
            if !self.has(l.rule, l.param) {
                self.0.push(l.clone());
            }
        }
    }

    pub(super) fn without(mut self, rules: &[RuleIdx]) -> Taint {
        if !rules.is_empty() {
            self.0.retain(|l| !rules.contains(&l.rule));
        }
        self
    }

    /// The same labels, one step further.
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
                .map(|l| Label {
                    trace: l.trace.then(span, kind, verb, &subject),
                    ..l.clone()
                })
                .collect(),
        )
    }

    /// Label identities only (for comparing states in loops).
    pub(super) fn keys(&self) -> impl Iterator<Item = (RuleIdx, Option<u16>)> + '_ {
        self.0.iter().map(|l| (l.rule, l.param))
    }
}

/// The taint of every variable (and field path `u.Name`) at one program point.
#[derive(Clone, Default)]
pub(super) struct State {
    pub vars: FxHashMap<String, Taint>,
    /// No path reaches this point (after `return`, `panic`, `break`).
    pub dead: bool,
}

impl State {
    /// The union of two paths' states; a dead path adds nothing.
    pub(super) fn merge(&mut self, other: &State) {
        if other.dead {
            return;
        }
        if self.dead {
            *self = other.clone();
            return;
        }
        for (k, t) in &other.vars {
            self.vars.entry(k.clone()).or_default().union(t);
        }
    }

    /// Whether `other` adds no label to this state (a loop has reached its fixpoint).
    pub(super) fn covers(&self, other: &State) -> bool {
        if other.dead {
            return true;
        }
        if self.dead {
            return false;
        }
        other.vars.iter().all(|(k, t)| {
            let mine = self.vars.get(k);
            t.keys().all(|(r, p)| mine.is_some_and(|m| m.has(r, p)))
        })
    }
}
