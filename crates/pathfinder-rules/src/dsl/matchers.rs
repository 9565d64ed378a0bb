//! Code matcher objects (everything the SDK serializes with `to_ir`) and their IR (rule-dsl.md §3).

use std::cell::RefCell;
use std::rc::Rc;

use ruff_text_size::TextRange;
use serde_json::{Map, Value as Json};

use super::json::object;
use super::value::{nest, Budget};
use super::{Eval, RED_ZONE, STACK_SEGMENT};

/// A code matcher object. Only `calls()` and `QueryType.method()` results change after creation
/// (`.where`, `.tracks`), and only by adding JSON, so matchers never form cycles.
pub(super) struct Code {
    pub node: Node,
    pub depth: u32,
}

pub(super) enum Node {
    Call(RefCell<CallMatcher>),
    Method(Box<RefCell<MethodMatcher>>),
    /// Objects whose IR is fixed at creation: `variable()`, `attribute()`, `.attr()`, propagation
    /// primitives.
    Fixed {
        kind: &'static str,
        ir: Json,
    },
    Dataflow(Dataflow),
    /// `Or(…)` / `And(…)`.
    Logic {
        ir_type: &'static str,
        operands: Vec<Rc<Code>>,
    },
    Not(Rc<Code>),
}

/// `calls(…)` → `call_matcher`.
pub(super) struct CallMatcher {
    pub patterns: Vec<String>,
    pub wildcard: bool,
    pub positional: Map<String, Json>,
    pub keyword: Map<String, Json>,
    pub tracked: Vec<Json>,
}

/// `X.method(…)` → `type_constrained_call`. The receiver fields are the class attributes, verbatim.
pub(super) struct MethodMatcher {
    pub receiver_types: Json,
    pub receiver_patterns: Json,
    pub match_subclasses: Json,
    pub method_names: Json,
    pub positional: Map<String, Json>,
    pub keyword: Map<String, Json>,
    pub tracked: Vec<Json>,
}

/// `flows(…)` → `dataflow`.
pub(super) struct Dataflow {
    pub sources: Vec<Rc<Code>>,
    pub sinks: Vec<Rc<Code>>,
    pub sanitizers: Vec<Rc<Code>>,
    pub propagation: Vec<Rc<Code>>,
    pub scope: String,
    /// pathfinder extension: guard families the rule trusts (`guards=[...]`), omitted from the IR when empty.
    pub guards: Vec<String>,
    /// pathfinder extension: decorator calls whose functions' return values are sinks (`return_sinks=[...]`).
    pub return_sinks: Vec<Rc<Code>>,
    /// pathfinder extension: entries of returned dict literals that are sinks (`return_fields=[...]`),
    /// checked against [`crate::ir::ReturnField`]; omitted from the IR when empty.
    pub return_fields: Vec<Json>,
}

impl Code {
    pub fn new(node: Node, range: TextRange) -> Eval<Rc<Code>> {
        let children: Vec<&Rc<Code>> = match &node {
            Node::Dataflow(flow) => flow
                .sources
                .iter()
                .chain(&flow.sinks)
                .chain(&flow.sanitizers)
                .chain(&flow.propagation)
                .chain(&flow.return_sinks)
                .collect(),
            Node::Logic { operands, .. } => operands.iter().collect(),
            Node::Not(operand) => vec![operand],
            Node::Call(_) | Node::Method(_) | Node::Fixed { .. } => Vec::new(),
        };
        let depth = nest(children.iter().map(|c| c.depth).max().unwrap_or(0), range)?;
        Ok(Rc::new(Code { node, depth }))
    }

    pub fn fixed(kind: &'static str, ir: Json) -> Rc<Code> {
        Rc::new(Code {
            node: Node::Fixed { kind, ir },
            depth: 1,
        })
    }

    /// The SDK class name, for messages.
    pub fn kind_name(&self) -> &'static str {
        match &self.node {
            Node::Call(_) => "CallMatcher",
            Node::Method(_) => "MethodMatcher",
            Node::Fixed { kind, .. } => kind,
            Node::Dataflow(_) => "DataflowMatcher",
            Node::Logic {
                ir_type: "logic_and",
                ..
            } => "AndOperator",
            Node::Logic { .. } => "OrOperator",
            Node::Not(_) => "NotOperator",
        }
    }

    /// The chainable method of this matcher called `attr`, if it has one.
    pub fn method(&self, attr: &str) -> Option<&'static str> {
        match (&self.node, attr) {
            (Node::Call(_) | Node::Method(_), "tracks") => Some("tracks"),
            (Node::Method(_), "where") => Some("where"),
            (Node::Method(_), "arg") => Some("arg"),
            _ => None,
        }
    }

    /// The SDK's `to_ir()`. `range` locates a failure (output too large).
    pub fn to_ir(&self, budget: &Budget, range: TextRange) -> Eval<Json> {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            let all = |codes: &[Rc<Code>]| -> Eval<Json> {
                Ok(Json::Array(
                    codes
                        .iter()
                        .map(|c| c.to_ir(budget, range))
                        .collect::<Eval<_>>()?,
                ))
            };
            budget.spend(1, range)?;
            Ok(match &self.node {
                Node::Call(call) => {
                    let call = call.borrow();
                    let mut ir = object([
                        ("type", "call_matcher".into()),
                        ("patterns", call.patterns.clone().into()),
                        ("wildcard", call.wildcard.into()),
                        ("matchMode", "any".into()),
                    ]);
                    add_arguments(&mut ir, &call.positional, &call.keyword, &call.tracked);
                    budget.charge(&ir, range)?;
                    ir
                }
                Node::Method(method) => {
                    let method = method.borrow();
                    let mut ir = object([
                        ("type", "type_constrained_call".into()),
                        ("receiverTypes", method.receiver_types.clone()),
                        ("receiverPatterns", method.receiver_patterns.clone()),
                        ("matchSubclasses", method.match_subclasses.clone()),
                        ("methodNames", method.method_names.clone()),
                        ("minConfidence", 0.5.into()),
                        ("fallbackMode", "none".into()),
                    ]);
                    add_arguments(
                        &mut ir,
                        &method.positional,
                        &method.keyword,
                        &method.tracked,
                    );
                    budget.charge(&ir, range)?;
                    ir
                }
                Node::Fixed { ir, .. } => {
                    budget.charge(ir, range)?;
                    ir.clone()
                }
                Node::Dataflow(flow) => {
                    let mut ir = object([
                        ("type", "dataflow".into()),
                        ("sources", all(&flow.sources)?),
                        ("sinks", all(&flow.sinks)?),
                        ("sanitizers", all(&flow.sanitizers)?),
                        ("propagation", all(&flow.propagation)?),
                        ("scope", flow.scope.as_str().into()),
                    ]);
                    // Extensions appear only when used, so other rules keep the reference IR byte for byte.
                    if let Json::Object(map) = &mut ir {
                        if !flow.guards.is_empty() {
                            map.insert(
                                "guards".into(),
                                Json::Array(
                                    flow.guards.iter().map(|g| g.as_str().into()).collect(),
                                ),
                            );
                        }
                        if !flow.return_sinks.is_empty() {
                            map.insert("return_sinks".into(), all(&flow.return_sinks)?);
                        }
                        if !flow.return_fields.is_empty() {
                            map.insert(
                                "return_fields".into(),
                                Json::Array(flow.return_fields.clone()),
                            );
                        }
                    }
                    ir
                }
                Node::Logic { ir_type, operands } => {
                    object([("type", (*ir_type).into()), ("matchers", all(operands)?)])
                }
                Node::Not(operand) => object([
                    ("type", "logic_not".into()),
                    ("matcher", operand.to_ir(budget, range)?),
                ]),
            })
        })
    }
}

/// The optional argument keys shared by `call_matcher` and `type_constrained_call`.
fn add_arguments(
    ir: &mut Json,
    positional: &Map<String, Json>,
    keyword: &Map<String, Json>,
    tracked: &[Json],
) {
    let Some(ir) = ir.as_object_mut() else { return };
    if !positional.is_empty() {
        ir.insert("positionalArgs".into(), Json::Object(positional.clone()));
    }
    if !keyword.is_empty() {
        ir.insert("keywordArgs".into(), Json::Object(keyword.clone()));
    }
    if !tracked.is_empty() {
        ir.insert("trackedParams".into(), Json::Array(tracked.to_vec()));
    }
}

/// A `{"value": V, "wildcard": W}` argument constraint; `W` is true for a string with `*` or `?`.
pub(super) fn constraint(value: Json, wildcard: bool) -> Json {
    object([("value", value), ("wildcard", wildcard.into())])
}

pub(super) fn has_wildcard(text: &str) -> bool {
    text.contains(['*', '?'])
}
