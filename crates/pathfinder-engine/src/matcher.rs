//! Code matchers compiled once per rule and evaluated per call site of a file's model.

use pathfinder_python::{types, CallSite, ExprKind, Value};
use pathfinder_rules::ir::{CallMatcher, Comparator, Constraint, Matcher, TypedCallMatcher};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

/// Project-wide class hierarchy: class fqn → base class fqns.
#[derive(Debug, Default)]
pub struct Hierarchy {
    bases: FxHashMap<String, Vec<String>>,
}

impl Hierarchy {
    pub fn add(&mut self, class: &str, bases: &[String]) {
        self.bases
            .entry(class.to_string())
            .or_default()
            .extend(bases.iter().cloned());
    }

    /// `class` is `target` or inherits from it (bounded: cyclic or absurdly deep hierarchies stop).
    pub fn is_subclass(&self, class: &str, target: &str) -> bool {
        // Most classes are library classes with no known bases: answer without allocating.
        if class == target {
            return true;
        }
        if !self.bases.contains_key(class) {
            return false;
        }
        let mut stack = vec![(class, 0u32)];
        let mut seen = FxHashSet::default();
        while let Some((c, depth)) = stack.pop() {
            if c == target {
                return true;
            }
            if depth > 32 || !seen.insert(c) {
                continue;
            }
            if let Some(bases) = self.bases.get(c) {
                stack.extend(bases.iter().map(|b| (b.as_str(), depth + 1)));
            }
        }
        false
    }
}

pub use crate::glob::Glob;

/// Prefix of candidate keys that name a keyword argument rather than a call name.
pub const KEYWORD_KEY: &str = "kw:";

/// A file's call sites indexed by the keys of [`Compiled::candidates`]: last segment of the written and the
/// resolved name, and keyword arguments. Built once per file, shared by every rule.
pub struct CallIndex<'m> {
    names: FxHashMap<&'m str, Vec<u32>>,
    keywords: FxHashMap<&'m str, Vec<u32>>,
}

impl<'m> CallIndex<'m> {
    pub fn new(calls: &'m [CallSite]) -> Self {
        let mut names: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        let mut keywords: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        for (i, call) in calls.iter().enumerate() {
            names.entry(call.name.as_str()).or_default().push(i as u32);
            if let Some(last) = call.fqn.as_deref().and_then(|f| f.rsplit('.').next()) {
                if last != call.name {
                    names.entry(last).or_default().push(i as u32);
                }
            }
            for kw in call.args.iter().filter_map(|a| a.keyword.as_deref()) {
                keywords.entry(kw).or_default().push(i as u32);
            }
        }
        CallIndex { names, keywords }
    }

    /// Calls answering to a candidate key (possibly with repeats when several keys point to one call).
    pub fn lookup(&self, key: &str) -> &[u32] {
        let found = match key.strip_prefix(KEYWORD_KEY) {
            Some(kw) => self.keywords.get(kw),
            None => self.names.get(key),
        };
        found.map_or(&[], Vec::as_slice)
    }
}

/// An expected argument value, compiled once from the rule's JSON (globs included).
#[derive(Debug)]
enum Expected {
    AnyOf(Vec<Expected>),
    Null,
    Bool(bool),
    Number {
        int: Option<i64>,
        float: Option<f64>,
    },
    Str {
        text: String,
        glob: Option<Glob>,
    },
    Object(Vec<(String, Expected)>),
}

impl Expected {
    fn compile(value: &serde_json::Value, wildcard: bool) -> Expected {
        use serde_json::Value as J;
        match value {
            J::Array(options) => Expected::AnyOf(
                options
                    .iter()
                    .map(|o| Expected::compile(o, wildcard))
                    .collect(),
            ),
            J::Null => Expected::Null,
            J::Bool(b) => Expected::Bool(*b),
            J::Number(n) => Expected::Number {
                int: n.as_i64(),
                float: n.as_f64(),
            },
            J::String(s) => Expected::Str {
                text: s.clone(),
                glob: (wildcard && s.contains(['*', '?'])).then(|| Glob::new(s)),
            },
            J::Object(map) => Expected::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), Expected::compile(v, wildcard)))
                    .collect(),
            ),
        }
    }

    /// Does a statically known argument value equal this expected value?
    fn matches(&self, value: &Value) -> bool {
        match self {
            Expected::AnyOf(options) => options.iter().any(|o| o.matches(value)),
            Expected::Null => matches!(value, Value::None),
            Expected::Bool(b) => match value {
                Value::Bool(v) => v == b,
                Value::Int(i) => *i == *b as i128,
                _ => false,
            },
            Expected::Number { int, float } => match (value, int) {
                (Value::Int(i), Some(e)) => *i == *e as i128,
                (Value::Bool(_), _) => false,
                (v, _) => float.is_some() && v.as_f64() == *float,
            },
            Expected::Str { text: s, glob } => match value {
                Value::Str(_) | Value::Symbol(_) => {
                    let text = value.as_text().unwrap_or_default();
                    match glob {
                        Some(g) => g.matches(text),
                        None => text == s,
                    }
                }
                Value::Bool(b) => s.eq_ignore_ascii_case(if *b { "true" } else { "false" }),
                Value::None => s.eq_ignore_ascii_case("none") || s.eq_ignore_ascii_case("null"),
                Value::Int(i) => s.parse::<i128>().ok() == Some(*i),
                _ => false,
            },
            // `options={"verify_signature": False}`: every listed key must be present with a matching value.
            Expected::Object(expected) => match value {
                Value::Dict(items) => expected.iter().all(|(k, v)| {
                    items
                        .iter()
                        .any(|(key, val)| key.as_text() == Some(k.as_str()) && v.matches(val))
                }),
                _ => false,
            },
        }
    }
}

/// Where an argument constraint looks: a keyword, or a positional index with an optional element path.
#[derive(Debug, Clone)]
enum ArgKey {
    Keyword(String),
    Position(usize, Vec<usize>),
}

fn parse_key(key: &str) -> ArgKey {
    let mut parts = key.split('[');
    let head = parts.next().unwrap_or("");
    let Ok(position) = head.trim().parse::<usize>() else {
        return ArgKey::Keyword(key.to_string());
    };
    let mut path = Vec::new();
    for p in parts {
        match p.trim_end_matches(']').trim().parse::<usize>() {
            Ok(i) => path.push(i),
            Err(_) => return ArgKey::Keyword(key.to_string()),
        }
    }
    ArgKey::Position(position, path)
}

#[derive(Debug)]
enum Test {
    Equals(Expected),
    Compare(Comparator, f64),
    Regex(Regex),
    Missing,
    Dynamic,
    NotConstant,
    Formatted,
    InstanceOf(Vec<Glob>),
    /// A constraint that can never hold (e.g. a non-numeric bound): fails closed.
    Never,
}

#[derive(Debug)]
pub struct ArgConstraint {
    key: ArgKey,
    test: Test,
}

impl ArgConstraint {
    fn compile(key: &str, c: &Constraint, force_wildcard: bool) -> Result<Self, CompileError> {
        let test = match c.comparator {
            None => Test::Equals(Expected::compile(&c.value, c.wildcard || force_wildcard)),
            Some(Comparator::Missing) => Test::Missing,
            Some(Comparator::Dynamic) => Test::Dynamic,
            Some(Comparator::NotConstant) => Test::NotConstant,
            Some(Comparator::Formatted) => Test::Formatted,
            Some(Comparator::InstanceOf) => {
                let names: Vec<Glob> = match &c.value {
                    serde_json::Value::String(s) => vec![Glob::new(s)],
                    serde_json::Value::Array(items) => items
                        .iter()
                        .filter_map(|v| v.as_str())
                        .map(Glob::new)
                        .collect(),
                    _ => Vec::new(),
                };
                Test::InstanceOf(names)
            }
            Some(Comparator::Regex) => {
                let pattern = c.value.as_str().ok_or_else(|| {
                    CompileError::Invalid("regex() needs a string pattern".into())
                })?;
                Test::Regex(Regex::new(pattern).map_err(|e| {
                    // The regex crate's message draws a caret under the pattern over several lines;
                    // its last line says what is wrong.
                    let why = e.to_string();
                    let why = why.lines().last().unwrap_or_default().trim().to_string();
                    CompileError::Invalid(format!("invalid regex {pattern:?}: {why}"))
                })?)
            }
            Some(cmp) => match c.value.as_f64() {
                Some(bound) => Test::Compare(cmp, bound),
                None => Test::Never,
            },
        };
        Ok(ArgConstraint {
            key: parse_key(key),
            test,
        })
    }

    fn holds(&self, call: &CallSite, fqn: Option<&str>) -> bool {
        let value = match &self.key {
            ArgKey::Keyword(name) => {
                let arg = call.keyword(name).or_else(|| {
                    // A keyword parameter may also be passed by position when we know the signature.
                    let params = fqn.and_then(types::parameters)?;
                    let index = params.iter().position(|p| p == name)?;
                    call.positional(index)
                });
                match (&self.test, arg) {
                    (Test::Missing, None) => return !call.has_star_kwargs,
                    (Test::Missing, Some(_)) | (_, None) => return false,
                    (_, Some(arg)) => (arg.value.clone(), Some(arg)),
                }
            }
            ArgKey::Position(index, path) => {
                let arg = call.positional(*index);
                if let Test::Missing = self.test {
                    return arg.is_none() && call.star_args_at.is_none();
                }
                let Some(arg) = arg else { return false };
                let mut v = &arg.value;
                for &i in path {
                    match v.element(i) {
                        Some(e) => v = e,
                        None => return false,
                    }
                }
                // The syntactic kind describes the whole argument, not an element of it.
                (v.clone(), path.is_empty().then_some(arg))
            }
        };
        let (value, arg) = value;
        let kind = arg.map(|a| &a.kind);
        match &self.test {
            Test::Dynamic => matches!(value, Value::Unknown),
            Test::NotConstant => matches!(value, Value::Unknown | Value::Symbol(_)),
            Test::InstanceOf(classes) => {
                matches!(&value, Value::Instance(c) if classes.iter().any(|g| g.matches(c)))
            }
            Test::Formatted => {
                matches!(value, Value::Unknown)
                    && matches!(
                        kind,
                        Some(
                            ExprKind::FString
                                | ExprKind::Concat
                                | ExprKind::PercentFormat
                                | ExprKind::FormatCall
                        )
                    )
            }
            Test::Equals(expected) => expected.matches(&value),
            Test::Compare(cmp, bound) => value.as_f64().is_some_and(|v| match cmp {
                Comparator::Lt => v < *bound,
                Comparator::Gt => v > *bound,
                Comparator::Lte => v <= *bound,
                Comparator::Gte => v >= *bound,
                _ => false,
            }),
            // A string built at run time is checked through its constant skeleton (`http://{}/x`).
            Test::Regex(re) => match value.as_text() {
                Some(t) => re.is_match(t),
                None => arg
                    .and_then(|a| a.template.as_deref())
                    .is_some_and(|t| re.is_match(t)),
            },
            Test::Missing | Test::Never => false,
        }
    }
}

/// A compiled code matcher.
#[derive(Debug)]
pub enum Compiled {
    Call {
        patterns: Vec<Glob>,
        args: Vec<ArgConstraint>,
    },
    Typed {
        t: TypedCallMatcher,
        receiver_patterns: Vec<Glob>,
        args: Vec<ArgConstraint>,
    },
    Variable(Glob),
    Or(Vec<Compiled>),
    And(Vec<Compiled>),
    Not(Box<Compiled>),
}

/// Why a matcher cannot run as a pattern rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// `flows()` where only a pattern matcher can stand (inside Or/And/Not, or as a source).
    Dataflow(String),
    Unsupported(String),
    /// The rule is wrong (a regex that does not compile): an error, not a rule to skip.
    Invalid(String),
}

fn constraints(
    positional: &std::collections::BTreeMap<String, Constraint>,
    keyword: &std::collections::BTreeMap<String, Constraint>,
    force_wildcard: bool,
) -> Result<Vec<ArgConstraint>, CompileError> {
    positional
        .iter()
        .chain(keyword)
        .map(|(k, c)| ArgConstraint::compile(k, c, force_wildcard))
        .collect()
}

impl Compiled {
    pub fn compile(m: &Matcher) -> Result<Compiled, CompileError> {
        Ok(match m {
            Matcher::Call(CallMatcher { patterns, wildcard, positional_args, keyword_args, .. }) => {
                if patterns.is_empty() {
                    return Err(CompileError::Unsupported("calls() needs at least one pattern".into()));
                }
                Compiled::Call {
                    patterns: patterns.iter().map(|p| Glob::new(p)).collect(),
                    args: constraints(positional_args, keyword_args, *wildcard)?,
                }
            }
            Matcher::TypedCall(t) => Compiled::Typed {
                receiver_patterns: t.receiver_patterns.iter().map(|p| Glob::new(p)).collect(),
                args: constraints(&t.positional_args, &t.keyword_args, false)?,
                t: t.clone(),
            },
            Matcher::Variable { pattern, .. } => Compiled::Variable(Glob::new(pattern)),
            Matcher::Or { matchers } => {
                Compiled::Or(matchers.iter().map(Compiled::compile).collect::<Result<_, _>>()?)
            }
            Matcher::And { matchers } => {
                Compiled::And(matchers.iter().map(Compiled::compile).collect::<Result<_, _>>()?)
            }
            Matcher::Not { matcher } => Compiled::Not(Box::new(Compiled::compile(matcher)?)),
            Matcher::Dataflow(_) => {
                return Err(CompileError::Dataflow(
                    "flows() must be the rule's whole matcher, not part of Or/And/Not".into(),
                ))
            }
            Matcher::Attribute { .. } | Matcher::TypedAttribute(_) => {
                return Err(CompileError::Unsupported(
                    "attribute matchers select attribute reads, which only flows() sources and sinks use; \
                     wrap the matcher in flows()"
                        .into(),
                ))
            }
        })
    }

    /// Keys of the calls this matcher can match, or `None` when it may match any call: last name segments,
    /// and `kw:<name>` for "calls passing keyword <name>" when only a keyword constraint narrows the call.
    pub fn candidates(&self) -> Option<FxHashSet<String>> {
        match self {
            Compiled::Call { patterns, args } => patterns
                .iter()
                .map(|p| p.last_segment().map(str::to_string))
                .collect::<Option<FxHashSet<String>>>()
                .or_else(|| {
                    // `calls("*", match_name={"password": ...})`: only calls passing that keyword, or calls
                    // of known functions that take it by position.
                    let keyword = args.iter().find_map(|a| match (&a.key, &a.test) {
                        (ArgKey::Keyword(k), t) if !matches!(t, Test::Missing) => Some(k),
                        _ => None,
                    })?;
                    let mut keys: FxHashSet<String> = types::functions_with_parameter(keyword)
                        .map(|f| f.rsplit('.').next().unwrap_or(f).to_string())
                        .collect();
                    keys.insert(format!("{KEYWORD_KEY}{keyword}"));
                    Some(keys)
                }),
            Compiled::Typed { t, .. } => {
                let mut names: FxHashSet<String> = t
                    .method_names
                    .iter()
                    .filter(|m| *m != "__init__")
                    .cloned()
                    .collect();
                if t.method_names.iter().any(|m| m == "__init__") {
                    for rt in &t.receiver_types {
                        names.insert(rt.rsplit('.').next().unwrap_or(rt).to_string());
                    }
                    // A subclass constructor has any name.
                    if t.match_subclasses {
                        return None;
                    }
                }
                Some(names)
            }
            Compiled::Variable(_) | Compiled::Not(_) => None,
            Compiled::Or(ms) => {
                let mut all = FxHashSet::default();
                for m in ms {
                    all.extend(m.candidates()?);
                }
                Some(all)
            }
            Compiled::And(ms) => ms
                .iter()
                .filter_map(Compiled::candidates)
                .min_by_key(FxHashSet::len),
        }
    }

    pub fn matches(&self, call: &CallSite, hierarchy: &Hierarchy) -> bool {
        match self {
            Compiled::Call { patterns, args } => {
                patterns
                    .iter()
                    .filter(|p| p.admits(call.kind))
                    .any(|p| call_names(call).any(|n| p.matches(n)))
                    && args.iter().all(|a| a.holds(call, call.fqn.as_deref()))
            }
            Compiled::Typed {
                t,
                receiver_patterns,
                args,
            } => {
                typed_matches(t, receiver_patterns, call, hierarchy)
                    && args.iter().all(|a| a.holds(call, call.fqn.as_deref()))
            }
            // An argument that is, or mentions, a variable with a matching name.
            Compiled::Variable(glob) => call.args.iter().any(|a| {
                matches!(&a.kind, ExprKind::Name(n) if glob.matches(n))
                    || a.names.iter().any(|n| glob.matches(n))
            }),
            Compiled::Or(ms) => ms.iter().any(|m| m.matches(call, hierarchy)),
            Compiled::And(ms) => ms.iter().all(|m| m.matches(call, hierarchy)),
            Compiled::Not(m) => !m.matches(call, hierarchy),
        }
    }
}

/// The names a call answers to: its resolved name (and the bare builtin name), plus the text as written
/// unless that text is only an alias (`sp.call` after `import subprocess as sp`).
fn call_names(call: &CallSite) -> impl Iterator<Item = &str> {
    let fqn = call.fqn.as_deref();
    let builtin = fqn.and_then(|f| f.strip_prefix("builtins."));
    let text = (!call.text_is_alias || fqn.is_none()).then_some(call.callee.as_str());
    fqn.into_iter().chain(builtin).chain(text)
}

fn typed_matches(
    t: &TypedCallMatcher,
    receiver_patterns: &[Glob],
    call: &CallSite,
    h: &Hierarchy,
) -> bool {
    let is_type = |class: &str, target: &str| {
        if t.match_subclasses {
            h.is_subclass(class, target)
        } else {
            class == target
        }
    };
    let fqn = call.fqn.as_deref();
    for method in &t.method_names {
        if method == "__init__" {
            // Constructor: the call itself names the class (or a subclass of it).
            if let Some(f) = fqn {
                if t.receiver_types.iter().any(|rt| is_type(f, rt)) {
                    return true;
                }
            }
            continue;
        }
        let fqn_names_method = fqn.is_some_and(|f| {
            f.strip_suffix(method.as_str())
                .is_some_and(|owner| owner.ends_with('.'))
        });
        if &call.name != method && !fqn_names_method {
            continue;
        }
        for rt in &t.receiver_types {
            // Module function or class attribute: `hashlib.md5`, `os.system`.
            if fqn.is_some_and(|f| {
                f.strip_suffix(method).and_then(|p| p.strip_suffix('.')) == Some(rt.as_str())
            }) {
                return true;
            }
            // Method on an instance of the type or a subclass.
            if call.name == *method {
                if let Some(recv) = &call.receiver_type {
                    if is_type(recv, rt) {
                        return true;
                    }
                }
                if let Some(owner) = fqn
                    .and_then(|f| f.strip_suffix(method))
                    .and_then(|p| p.strip_suffix('.'))
                {
                    if owner != rt && is_type(owner, rt) {
                        return true;
                    }
                }
            }
        }
        if !receiver_patterns.is_empty() && call.name == *method {
            let receiver = call.receiver.as_deref().unwrap_or("");
            if receiver_patterns.iter().any(|g| {
                g.matches(receiver)
                    || call
                        .receiver_type
                        .as_deref()
                        .is_some_and(|rt| g.matches(rt))
            }) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathfinder_python::analyze;
    use std::sync::Arc;

    fn hits(matcher_json: &str, src: &str) -> Vec<String> {
        let m: Matcher = serde_json::from_str(matcher_json).unwrap();
        let c = Compiled::compile(&m).unwrap();
        let model = analyze("app.py", Arc::from(src));
        let mut h = Hierarchy::default();
        for class in &model.classes {
            h.add(&class.fqn, &class.bases);
        }
        model
            .calls
            .iter()
            .filter(|call| c.matches(call, &h))
            .map(|call| call.callee.clone())
            .collect()
    }

    #[test]
    fn call_patterns_resolve_aliases() {
        let m = r#"{"type":"call_matcher","patterns":["subprocess.call","os.system","hashlib.md5"],"wildcard":false}"#;
        let src = "import subprocess as sp\nfrom os import system\nimport hashlib as h\nfrom hashlib import md5\nsp.call('a')\nsystem('b')\nh.md5()\nmd5()\nother.call()\n";
        assert_eq!(hits(m, src), vec!["sp.call", "system", "h.md5", "md5"]);
    }

    #[test]
    fn not_is_a_real_complement() {
        let m = r#"{"type":"logic_not","matcher":{"type":"call_matcher","patterns":["eval"],"wildcard":false}}"#;
        assert_eq!(hits(m, "eval('1')\nprint(2)\n"), vec!["print"]);
    }

    #[test]
    fn shadowed_builtin_is_not_the_builtin() {
        let m = r#"{"type":"call_matcher","patterns":["eval"],"wildcard":false}"#;
        assert_eq!(
            hits(m, "from safe import evaluate as eval\neval('1')\n"),
            Vec::<String>::new()
        );
        assert_eq!(hits(m, "eval('1')\n"), vec!["eval"]);
    }

    #[test]
    fn typed_calls_with_comparators_and_signatures() {
        let m = r#"{"type":"type_constrained_call","receiverTypes":["cryptography.hazmat.primitives.asymmetric.rsa"],
            "receiverPatterns":[],"matchSubclasses":true,"methodNames":["generate_private_key"],
            "keywordArgs":{"key_size":{"value":2048,"wildcard":false,"comparator":"lt"}}}"#;
        let src = "from cryptography.hazmat.primitives.asymmetric import rsa\nBITS = 1024\nrsa.generate_private_key(public_exponent=65537, key_size=BITS)\nrsa.generate_private_key(65537, 512)\nrsa.generate_private_key(65537, 4096)\n";
        assert_eq!(hits(m, src).len(), 2);
    }

    #[test]
    fn typed_method_on_instances_and_subclasses() {
        let m = r#"{"type":"type_constrained_call","receiverTypes":["socket.socket"],"receiverPatterns":[],
            "matchSubclasses":true,"methodNames":["bind"]}"#;
        let src = "import socket\nclass S(socket.socket):\n    def go(self):\n        self.bind(('', 1))\ns = socket.socket()\ns.bind(('', 2))\nwidget.bind('<Key>', cb)\n";
        assert_eq!(hits(m, src), vec!["self.bind", "s.bind"]);
    }

    #[test]
    fn tuple_element_constraints_and_wildcards() {
        let m = r#"{"type":"call_matcher","patterns":["*.bind"],"wildcard":true,
            "positionalArgs":{"0[0]":{"value":["0.0.0.0","","socket.INADDR_ANY"],"wildcard":true}}}"#;
        let src = "import socket\nH='0.0.0.0'\na.bind((H, 1))\nb.bind(('', 1))\nc.bind((socket.INADDR_ANY, 1))\nd.bind(('127.0.0.1', 1))\ne.bind('<Key>', f)\n";
        assert_eq!(hits(m, src), vec!["a.bind", "b.bind", "c.bind"]);
    }

    #[test]
    fn missing_and_regex_comparators() {
        let m = r#"{"type":"call_matcher","patterns":["requests.get"],"wildcard":false,
            "keywordArgs":{"timeout":{"value":null,"wildcard":false,"comparator":"missing"}}}"#;
        let src =
            "import requests\nrequests.get(u)\nrequests.get(u, timeout=3)\nrequests.get(u, **kw)\n";
        assert_eq!(hits(m, src).len(), 1);
        let m = r#"{"type":"call_matcher","patterns":["re.compile"],"wildcard":false,
            "positionalArgs":{"0":{"value":"\\([^)]*[+*]\\)[+*]","wildcard":false,"comparator":"regex"}}}"#;
        assert_eq!(
            hits(m, "import re\nre.compile(r'(a+)+$')\nre.compile(r'a+$')\n").len(),
            1
        );
    }

    #[test]
    fn dynamic_and_formatted_arguments() {
        let m = r#"{"type":"type_constrained_call","receiverTypes":[],"receiverPatterns":["*cursor*"],
            "matchSubclasses":true,"methodNames":["execute"],
            "positionalArgs":{"0":{"value":null,"wildcard":false,"comparator":"formatted"}}}"#;
        let src = "Q = 'SELECT 1'
BASE = 'SELECT * FROM t WHERE id = '
cursor.execute(f'SELECT {x}')
cursor.execute('SELECT %s' % x)
cursor.execute('a {}'.format(x))
cursor.execute('a ' + x)
cursor.execute(Q)
cursor.execute(BASE + '1')
cursor.execute('SELECT %s', (x,))
cursor.execute(query)
";
        assert_eq!(hits(m, src).len(), 4);
        let m = m.replace("formatted", "dynamic");
        assert_eq!(hits(&m, src).len(), 5);
    }

    #[test]
    fn dict_constraints_and_mentioned_names() {
        let m = r#"{"type":"call_matcher","patterns":["jwt.decode"],"wildcard":false,
            "keywordArgs":{"options":{"value":{"verify_signature":false},"wildcard":false}}}"#;
        let src = "import jwt
jwt.decode(t, options={'verify_signature': False})
jwt.decode(t, k, options={'verify_signature': True})
";
        assert_eq!(hits(m, src).len(), 1);
        let m = r#"{"type":"logic_and","matchers":[{"type":"call_matcher","patterns":["logging.info"],"wildcard":false},
            {"type":"variable_matcher","pattern":"*password*","wildcard":true}]}"#;
        let src = "import logging
logging.info(f'pw={user.password}')
logging.info('x %s', db_password)
logging.info('user %s', name)
";
        assert_eq!(hits(m, src).len(), 2);
    }

    #[test]
    fn decorators_are_calls() {
        let m = r#"{"type":"call_matcher","patterns":["csrf_exempt"],"wildcard":false}"#;
        let src = "from django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef view(request):\n    pass\n";
        assert_eq!(hits(m, src), vec!["csrf_exempt"]);
    }

    #[test]
    fn candidate_names() {
        let c = Compiled::compile(
            &serde_json::from_str(
                r#"{"type":"call_matcher","patterns":["*.bind","os.system"],"wildcard":true}"#,
            )
            .unwrap(),
        )
        .unwrap();
        let names = c.candidates().unwrap();
        assert!(names.contains("bind") && names.contains("system"));
        let c = Compiled::compile(
            &serde_json::from_str(
                r#"{"type":"call_matcher","patterns":["request.*"],"wildcard":true}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert!(c.candidates().is_none());
    }

    #[test]
    fn globs_match_without_a_regex() {
        let m = |p: &str, t: &str| Glob::new(p).matches(t);
        assert!(m("os.*.run", "os.x.y.run"));
        assert!(!m("os.*.run", "os.run"));
        assert!(m("a?c*", "abcdef") && m("a?c*", "a€c"));
        assert!(!m("a?c", "a€€c"));
        assert!(m("*.get*", "requests.get") && m("*.get*", "x.getall"));
        assert!(m("a*b*c", "axxbyyc") && !m("a*b*c", "axxbyy"));
        assert!(m("**x**", "x") && !m("x?", "x"));
        // Any length compiles; a 30,000-character pattern needs as many characters.
        let long = format!("os.*{}", "?".repeat(30_000));
        assert!(!m(&long, "os.system"));
        assert!(m(&long, &format!("os.{}", "s".repeat(30_000))));
    }
}
