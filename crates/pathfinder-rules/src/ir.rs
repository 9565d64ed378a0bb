//! The typed form of the JSON IR (rule-dsl.md §3, facts §1.6). The DSL reader emits JSON exactly as the
//! reference SDK prints it; the engine works on these types, deserialized from that JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Matcher {
    #[serde(rename = "call_matcher")]
    Call(CallMatcher),
    #[serde(rename = "type_constrained_call")]
    TypedCall(TypedCallMatcher),
    #[serde(rename = "type_constrained_attribute")]
    TypedAttribute(TypedAttributeMatcher),
    #[serde(rename = "attribute_matcher")]
    Attribute { patterns: Vec<String> },
    #[serde(rename = "variable_matcher")]
    Variable {
        pattern: String,
        #[serde(default)]
        wildcard: bool,
        /// pathfinder extension: only parameters of functions with a decorator call matching one of these.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        decorated_by: Vec<Matcher>,
        /// pathfinder extension: only parameters (after `self`) of these methods of subclasses of these
        /// classes (Tornado's `RequestHandler.get(self, slug)`: URL captures passed positionally).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        method_of: Option<MethodOf>,
    },
    #[serde(rename = "dataflow")]
    Dataflow(Dataflow),
    #[serde(rename = "logic_or")]
    Or { matchers: Vec<Matcher> },
    #[serde(rename = "logic_and")]
    And { matchers: Vec<Matcher> },
    /// The SDK writes `matcher`; the reference engine read `matchers` (and so matched everything).
    /// We accept both spellings and use exactly one operand.
    #[serde(rename = "logic_not")]
    Not {
        #[serde(alias = "matchers", deserialize_with = "one_matcher")]
        matcher: Box<Matcher>,
    },
}

fn one_matcher<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Box<Matcher>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(Box<Matcher>),
        Many(Vec<Matcher>),
    }
    match OneOrMany::deserialize(d)? {
        OneOrMany::One(m) => Ok(m),
        OneOrMany::Many(mut v) if v.len() == 1 => Ok(Box::new(v.remove(0))),
        OneOrMany::Many(_) => Err(serde::de::Error::custom(
            "logic_not takes exactly one matcher",
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Comparator {
    Lt,
    Gt,
    Lte,
    Gte,
    Regex,
    Missing,
    /// pathfinder extension: the argument is present and its value is not statically known.
    Dynamic,
    /// pathfinder extension: the argument is present and is not a constant written in the program (a
    /// literal or a name bound to one): like `dynamic`, but a name from another module (`sys.stdin`,
    /// `request.data`) counts as data, not as configuration.
    #[serde(rename = "not_constant")]
    NotConstant,
    /// pathfinder extension: the argument is built by formatting or concatenating non-constant data
    /// (f-string, `%`, `.format()`, `+` with a string).
    Formatted,
    /// pathfinder extension: the argument is a newly constructed instance of one of the named classes
    /// (`hashes.Hash(hashes.SHA1())`, or through a name bound once to such a call).
    #[serde(rename = "instance_of")]
    InstanceOf,
}

/// An argument constraint `{value, wildcard, comparator?}`. `value` is any JSON scalar or a list ("any of").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Constraint {
    #[serde(default)]
    pub value: serde_json::Value,
    #[serde(default)]
    pub wildcard: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<Comparator>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TrackedParam {
    Index { index: serde_json::Value },
    Name { name: String },
    Return { r#return: bool },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallMatcher {
    pub patterns: Vec<String>,
    #[serde(default)]
    pub wildcard: bool,
    #[serde(rename = "matchMode", default)]
    pub match_mode: Option<String>,
    #[serde(rename = "positionalArgs", default)]
    pub positional_args: BTreeMap<String, Constraint>,
    #[serde(rename = "keywordArgs", default)]
    pub keyword_args: BTreeMap<String, Constraint>,
    #[serde(rename = "trackedParams", default)]
    pub tracked_params: Vec<TrackedParam>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypedCallMatcher {
    #[serde(
        rename = "receiverTypes",
        alias = "receiverType",
        default,
        deserialize_with = "one_or_many"
    )]
    pub receiver_types: Vec<String>,
    #[serde(rename = "receiverPatterns", default)]
    pub receiver_patterns: Vec<String>,
    #[serde(rename = "matchSubclasses", default = "yes")]
    pub match_subclasses: bool,
    #[serde(
        rename = "methodNames",
        alias = "methodName",
        default,
        deserialize_with = "one_or_many"
    )]
    pub method_names: Vec<String>,
    #[serde(rename = "minConfidence", default)]
    pub min_confidence: Option<f64>,
    #[serde(rename = "fallbackMode", default)]
    pub fallback_mode: Option<String>,
    #[serde(rename = "positionalArgs", default)]
    pub positional_args: BTreeMap<String, Constraint>,
    #[serde(rename = "keywordArgs", default)]
    pub keyword_args: BTreeMap<String, Constraint>,
    #[serde(rename = "trackedParams", default)]
    pub tracked_params: Vec<TrackedParam>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypedAttributeMatcher {
    #[serde(
        rename = "receiverTypes",
        alias = "receiverType",
        default,
        deserialize_with = "one_or_many"
    )]
    pub receiver_types: Vec<String>,
    #[serde(rename = "receiverPatterns", default)]
    pub receiver_patterns: Vec<String>,
    #[serde(rename = "matchSubclasses", default = "yes")]
    pub match_subclasses: bool,
    #[serde(rename = "attributeNames", default)]
    pub attribute_names: Vec<String>,
    #[serde(rename = "minConfidence", default)]
    pub min_confidence: Option<f64>,
    #[serde(rename = "fallbackMode", default)]
    pub fallback_mode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataflow {
    pub sources: Vec<Matcher>,
    pub sinks: Vec<Matcher>,
    #[serde(default)]
    pub sanitizers: Vec<Matcher>,
    #[serde(default)]
    pub propagation: Vec<serde_json::Value>,
    #[serde(default = "global")]
    pub scope: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// pathfinder extension: guard families (see [`GUARD_FAMILIES`]) whose checks clean a value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guards: Vec<String>,
    /// pathfinder extension: decorator-call matchers; what a function they decorate returns is a sink.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub return_sinks: Vec<Matcher>,
    /// pathfinder extension: entries of a dict literal a function returns that are sinks (an AWS Lambda
    /// proxy response's `headers.Location` or HTML `body`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub return_fields: Vec<ReturnField>,
}

/// The methods whose parameters a `method_of` variable matcher names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodOf {
    /// Base classes (fully qualified); a class deriving from one of them directly qualifies.
    pub classes: Vec<String>,
    /// Method names.
    pub methods: Vec<String>,
}

/// One `return_fields=[{...}]` entry: a key path of a returned dict literal whose value is a sink.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnField {
    /// Dotted key path, `headers.Location`; keys compare case-insensitively (HTTP header names do).
    pub field: String,
    /// Other entries of the same returned dict that must be constants matching these regular expressions
    /// (`{"headers.Content-Type": "(?i)^text/html"}`): the field is a sink only then.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub when: BTreeMap<String, String>,
    /// A regular expression over the field's text (its constant parts, `{}` for each value put in): a
    /// field whose text matches is not a sink (`"/profile/" + name` starts with a fixed local path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<String>,
}

/// The guard families `flows(guards=[...])` accepts (documented in the rule DSL reference).
pub const GUARD_FAMILIES: &[&str] = &[
    "path_traversal",
    "regex",
    "charset",
    "allow_list",
    "url_host",
];

fn yes() -> bool {
    true
}

fn global() -> String {
    "global".to_string()
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

impl Matcher {
    /// Visits this matcher and every nested one (logic operands and dataflow parts).
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Matcher)) {
        f(self);
        match self {
            Matcher::Or { matchers } | Matcher::And { matchers } => {
                matchers.iter().for_each(|m| m.walk(f))
            }
            Matcher::Not { matcher } => matcher.walk(f),
            Matcher::Dataflow(d) => {
                for m in d.sources.iter().chain(&d.sinks).chain(&d.sanitizers) {
                    m.walk(f)
                }
            }
            _ => {}
        }
    }

    pub fn contains_dataflow(&self) -> bool {
        let mut found = false;
        self.walk(&mut |m| found |= matches!(m, Matcher::Dataflow(_)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sdk_shapes() {
        let j = r#"{"type": "logic_or", "matchers": [
            {"type": "call_matcher", "patterns": ["*.bind"], "wildcard": true, "matchMode": "any",
             "positionalArgs": {"0[0]": {"value": "0.0.0.0", "wildcard": true}}},
            {"type": "type_constrained_call", "receiverTypes": ["socket.socket"], "receiverPatterns": [],
             "matchSubclasses": true, "methodNames": ["bind"], "minConfidence": 0.5, "fallbackMode": "none",
             "keywordArgs": {"key_size": {"value": 2048, "wildcard": false, "comparator": "lt"}},
             "trackedParams": [{"index": 0}, {"name": "cmd"}, {"return": true}]},
            {"type": "logic_not", "matcher": {"type": "variable_matcher", "pattern": "x", "wildcard": false}}
        ]}"#;
        let m: Matcher = serde_json::from_str(j).unwrap();
        let Matcher::Or { matchers } = &m else {
            panic!("not or")
        };
        assert_eq!(matchers.len(), 3);
        let Matcher::TypedCall(t) = &matchers[1] else {
            panic!()
        };
        assert_eq!(t.keyword_args["key_size"].comparator, Some(Comparator::Lt));
        assert_eq!(t.tracked_params.len(), 3);
        assert!(matches!(t.tracked_params[2], TrackedParam::Return { .. }));
    }

    #[test]
    fn not_accepts_engine_spelling_with_one_operand() {
        let j = r#"{"type":"logic_not","matchers":[{"type":"call_matcher","patterns":["eval"]}]}"#;
        assert!(serde_json::from_str::<Matcher>(j).is_ok());
        let j2 = r#"{"type":"logic_not","matchers":[]}"#;
        assert!(serde_json::from_str::<Matcher>(j2).is_err());
    }
}
