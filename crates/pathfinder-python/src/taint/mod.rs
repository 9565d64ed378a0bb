//! Intra-file taint analysis, run on the AST while it is still alive, for the flow rules the engine
//! activates on this file (all of them in one walk, each value carrying the labels of the rules that taint it).
//!
//! Flow-sensitive abstract interpretation over statements: branches merge (tainted on any path), loops
//! iterate to a fixpoint, a sanitizer cleans only the value it returns, reassigning a constant clears a
//! name. Functions defined in the file get summaries (returns a source, parameter → return, parameter →
//! sink), computed to a fixpoint, which rules with `scope="global"` use at call sites.

mod analyze;
mod containers;
mod expr;
mod fold;
mod guards;
mod helpers;
mod summary_apply;
mod value;
mod walker;

use crate::model::{CallSite, Span};
pub(crate) use analyze::{analyze, FileRef};

/// [`TaintFinding::sink`] of a finding whose sink is the value a handler returns.
pub const RETURN_SINK: u32 = u32::MAX - 1;
pub use guards::{guard_family, GUARD_FAMILIES};

/// Index of an active flow rule, as the engine numbered them for this file.
pub type RuleIdx = u16;

/// Which arguments of a sink call are checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgSel {
    Index(usize),
    Name(String),
    /// The object a method is called on (`.tracks("self")`): `Path(base, name).unlink()`.
    Receiver,
}

/// The engine's answers about program points; the front end knows nothing about rules.
pub trait TaintSpec {
    /// Rules whose sources make this call's result tainted.
    fn call_sources(&self, call: &CallSite, out: &mut Vec<RuleIdx>);
    /// Rules for which this call returns a clean value.
    fn call_sanitizes(&self, call: &CallSite, out: &mut Vec<RuleIdx>);
    /// Rules for which this call is a sink, with the arguments to check (empty: every argument).
    fn call_sinks(&self, call: &CallSite, out: &mut Vec<(RuleIdx, Vec<ArgSel>)>);
    /// Rules whose sources include an attribute read written `text` (resolved to `resolved`).
    fn attribute_sources(&self, text: &str, resolved: Option<&str>, out: &mut Vec<RuleIdx>);
    /// Whether an attribute read ending in `.name` can be a source of an active rule (a quick pre-check).
    fn attribute_name_may_be_source(&self, name: &str) -> bool;
    /// Rules whose sources include a parameter with this name of a function with these decorator calls.
    fn parameter_sources(&self, name: &str, decorators: &[&CallSite], out: &mut Vec<RuleIdx>);
    /// Rules whose sources include the parameters (after `self`) of a method called `method` of a class
    /// with these resolved base classes (Tornado's `RequestHandler.get(self, slug)`).
    fn method_parameter_sources(&self, _method: &str, _bases: &[String], _out: &mut Vec<RuleIdx>) {}
    /// The call of another file that routes requests to the function `fqn` (a URLconf entry), if any: it
    /// stands for a decorator of the function's parameters after the first (the request).
    fn route_of(&self, _fqn: &str) -> Option<&CallSite> {
        None
    }
    /// Whether the rule follows calls into functions of the file (`scope="global"`).
    fn follows_calls(&self, rule: RuleIdx) -> bool;
    /// Whether a source of an active rule can occur in this file at all. When not, only the summaries
    /// other files need are computed.
    fn sources_possible(&self) -> bool;
    /// Whether a source of an active rule can occur in this text (a quick textual pre-check).
    fn may_have_sources(&self, text: &str) -> bool;
    /// How many rules are active (rule indices are `0..rule_count()`).
    fn rule_count(&self) -> RuleIdx;
    /// The run-wide number of an active rule, and back (`None`: the rule is not active in this file).
    fn global_rule(&self, rule: RuleIdx) -> u32;
    fn local_rule(&self, global: u32) -> Option<RuleIdx>;
    /// The guard checks (bits of [`GUARD_FAMILIES`]) the rule trusts.
    fn guard_bits(&self, _rule: RuleIdx) -> u8 {
        0
    }
    /// Rules for which the value a function with these decorator calls returns is a sink (the body of an
    /// HTTP response).
    fn return_sinks(&self, _decorators: &[&CallSite], _out: &mut Vec<RuleIdx>) {}
    /// Whether the rule has return sinks at all (a value that went through one of its sink calls is then
    /// not reported again when a handler returns it).
    fn has_return_sinks(&self, _rule: RuleIdx) -> bool {
        false
    }
    /// Whether an active rule has sinks among the entries of returned dict literals (`return_fields`).
    fn has_return_fields(&self) -> bool {
        false
    }
    /// For a dict literal a function returns, flattened into `entries`: the rules for which an entry is a
    /// sink, as `(rule, index into entries)`.
    fn return_field_sinks(&self, _entries: &[ReturnedEntry], _out: &mut Vec<(RuleIdx, usize)>) {}
}

/// One entry of a dict literal a function returns (nested dict literals are flattened).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnedEntry {
    /// Constant string keys from the outer dict in, lower-cased: `["headers", "location"]`.
    pub path: Vec<String>,
    /// The value's text: a constant string as is; a string built at run time as its constant parts with
    /// `{}` for each value put in; `None` otherwise.
    pub text: Option<String>,
    /// Whether the value is a constant.
    pub constant: bool,
}

/// What a step of a taint path does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Where the data enters: a source call, attribute or parameter (or, in a summary, a parameter).
    Source,
    /// Bound to a name, or stored in a container or attribute.
    Assignment,
    /// Passed into, through or returned by a call.
    Call,
    /// Returned by the function.
    Return,
    /// The operation the rule reports.
    Sink,
}

/// One step of a taint path: what it does, and the name it is about (the variable, the callee, the source
/// text). `place` is set when the step is in another file (a summary imported from it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub span: Span,
    pub kind: StepKind,
    /// The words before the subject in the step's message (`"assigned to "`, `"sink: "`).
    pub verb: &'static str,
    pub subject: String,
    pub place: Option<Place>,
}

impl Step {
    pub fn new(span: Span, kind: StepKind, verb: &'static str, subject: String) -> Step {
        Step {
            span,
            kind,
            verb,
            subject,
            place: None,
        }
    }

    /// The step as reporters show it: `assigned to cmd`, `sink: os.system`.
    pub fn message(&self) -> String {
        format!("{}{}", self.verb, self.subject)
    }
}

/// A position in another file, already resolved to lines and columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub snippet: String,
}

/// What a function of one file does with taint, exported so that calls from other files can be followed
/// (cross-file flows): its parameters that reach sinks, the source data it returns, and which parameters
/// reach its return value. For a rule in `rules` but absent from `effects`, the function neither returns
/// source data nor passes a parameter through (a sanitizing wrapper, or a function returning clean data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFunction {
    /// The file defining the function.
    pub path: String,
    /// Fully qualified name of the function.
    pub function: String,
    pub params: Vec<String>,
    pub is_method: bool,
    /// Rules (numbered by the engine for the whole run) this summary was computed for.
    pub rules: Vec<u32>,
    pub effects: Vec<Effect>,
}

/// One effect of an exported function, for one rule (numbered by the engine for the whole run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The parameter reaches a sink; `steps` go from the parameter (first) to the sink (last).
    ParamSink {
        param: u16,
        rule: u32,
        steps: Vec<Step>,
    },
    /// The return value carries source data; `steps` go from the source to the `return`.
    ReturnsSource { rule: u32, steps: Vec<Step> },
    /// The parameter's taint reaches the return value.
    ParamReturns { param: u16, rule: u32 },
    /// The attribute `path` of the parameter is returned (`return req.args.get(name)`): source data for a
    /// caller passing an object whose attribute at that path is a source (`request` + `.args`).
    ParamAttrReturns { param: u16, path: String, rule: u32 },
    /// A method returns the attribute `path` of what its class's `__init__` stored on `self` from the
    /// parameter `name` (position `param` of `__init__`, `self` included): `Params(request).get("q")`
    /// returning `self._req.args.get(q)` after `self._req = req`.
    CtorAttrReturns {
        param: u16,
        name: String,
        path: String,
        rule: u32,
    },
    /// The attribute `path` of the parameter reaches a sink; `steps` go from the read to the sink.
    ParamAttrSink {
        param: u16,
        path: String,
        rule: u32,
        steps: Vec<Step>,
    },
}

impl ExportedFunction {
    /// Rules whose sink a caller reaches through this function.
    pub fn sink_rules(&self) -> impl Iterator<Item = u32> + '_ {
        self.effects.iter().filter_map(|e| match e {
            Effect::ParamSink { rule, .. } | Effect::ParamAttrSink { rule, .. } => Some(*rule),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaintFinding {
    /// The rule, as numbered by the engine for the whole run.
    pub rule: u32,
    /// Index of the sink call in the model's calls ([`RETURN_SINK`] when the sink is a `return`).
    pub sink: u32,
    /// For a `return` sink: the statement and the scope of the function returning.
    pub returned_at: Option<(Span, crate::model::ScopeId)>,
    /// Source first, sink last.
    pub steps: Vec<Step>,
    /// The path crosses a function boundary.
    pub crosses_functions: bool,
}
