//! Flow rules: turns each `flows()` IR into source/sink/sanitizer matchers and answers the Python front
//! end's taint walk ([`pathfinder_python::taint::TaintSpec`]) for the rules active in a file.

use crate::matcher::{CallIndex, CompileError, Compiled, Glob, Hierarchy};
use pathfinder_python::taint::{guard_family, ArgSel, ReturnedEntry, RuleIdx, TaintSpec};
use pathfinder_python::{CallSite, CrossFile, FileModel, RoutedFunction, TaintRules};
use pathfinder_rules::ir::{Dataflow, Matcher, TrackedParam};
use pathfinder_rules::Rule;
use rustc_hash::FxHashSet;
use std::cell::OnceCell;
use std::sync::Arc;

struct Sink {
    matcher: Compiled,
    args: Vec<ArgSel>,
}

/// A compiled `return_fields` entry: a key path of returned dict literals whose value is a sink.
struct FieldSink {
    path: Vec<String>,
    /// Other entries that must be constants matching these.
    when: Vec<(Vec<String>, regex::Regex)>,
    /// A field whose text matches this is not a sink.
    unless: Option<regex::Regex>,
}

impl FieldSink {
    fn compile(f: &pathfinder_rules::ir::ReturnField) -> Result<FieldSink, CompileError> {
        let path = |p: &str| p.split('.').map(str::to_lowercase).collect::<Vec<_>>();
        let re = |p: &str| {
            regex::Regex::new(p)
                .map_err(|e| CompileError::Invalid(format!("return_fields pattern {p:?}: {e}")))
        };
        Ok(FieldSink {
            path: path(&f.field),
            when: f
                .when
                .iter()
                .map(|(k, v)| Ok((path(k), re(v)?)))
                .collect::<Result<_, CompileError>>()?,
            unless: f.unless.as_deref().map(re).transpose()?,
        })
    }

    /// The index of the entry this field names, when it is a sink in this returned dict.
    fn sink_in(&self, entries: &[ReturnedEntry]) -> Option<usize> {
        let at = entries.iter().position(|e| e.path == self.path)?;
        let conditions_hold = self.when.iter().all(|(path, re)| {
            entries.iter().any(|e| {
                &e.path == path && e.constant && e.text.as_deref().is_some_and(|t| re.is_match(t))
            })
        });
        let excluded = match (&self.unless, &entries[at].text) {
            (Some(re), Some(text)) => re.is_match(text),
            _ => false,
        };
        (conditions_hold && !excluded && !entries[at].constant).then_some(at)
    }
}

/// One compiled `flows()` rule.
pub struct FlowRule {
    pub rule: Arc<Rule>,
    /// Position in [`FlowRules::rules`]: the run-wide rule number taint findings carry.
    index: u32,
    call_sources: Vec<Compiled>,
    /// Per call source, the call names it can match (`None`: any call), computed once for the call index.
    call_source_keys: Vec<Option<FxHashSet<String>>>,
    attribute_sources: Vec<Glob>,
    parameter_sources: Vec<ParamSource>,
    sinks: Vec<Sink>,
    sanitizers: Vec<Compiled>,
    /// Guard checks the rule trusts (bits of `pathfinder_python::taint::GUARD_FAMILIES`).
    guard_bits: u8,
    /// Decorator calls whose functions' return values are sinks (`return_sinks=[...]`).
    return_sinks: Vec<Compiled>,
    /// Entries of returned dict literals that are sinks (`return_fields=[...]`).
    return_fields: Vec<FieldSink>,
    global: bool,
    /// Call names the sinks can match (`None`: any call), to decide cheaply whether a file needs the walk.
    sink_names: Option<FxHashSet<String>>,
    /// The keys any call source, sanitizer or sink of the rule can match: a call without one of them is
    /// none of those for this rule, and its matchers are not evaluated.
    call_keys: CallKeys,
    /// Words one of which appears in any file where a source can occur (`None`: no such filter).
    source_needles: Option<Vec<String>>,
    /// Decorator calls that make handler parameters sources, written `@x.name(`: a file without such a
    /// decorator has no handler parameters to taint.
    decorator_text: Option<DecoratorNames>,
}

/// A parameter source: parameters with a matching name, of functions with a matching decorator call when
/// `decorators` is not empty (route handlers).
struct ParamSource {
    name: Glob,
    decorators: Vec<Compiled>,
    /// Only parameters of these methods of subclasses of these classes (`method_of`).
    method_of: Option<pathfinder_rules::ir::MethodOf>,
}

impl ParamSource {
    fn matches(&self, name: &str, decorators: &[&CallSite], hierarchy: &Hierarchy) -> bool {
        if self.method_of.is_some() || !self.name.matches(name) {
            return false;
        }
        if self.decorators.is_empty() {
            return true;
        }
        decorators.iter().any(|d| {
            self.decorators.iter().any(|m| m.matches(d, hierarchy))
                && !typed_route_parameter(d, name)
        })
    }
}

/// Whether a route decorator's URL pattern declares the parameter with a numeric or UUID converter
/// (`"/item/<int:item_id>"`; the library data's `route_converters`): such a value cannot carry text an
/// attacker chose.
fn typed_route_parameter(decorator: &CallSite, name: &str) -> bool {
    let Some(pathfinder_python::Value::Str(pattern)) = decorator.positional(0).map(|a| &a.value)
    else {
        return false;
    };
    pathfinder_rules::library::python()
        .conventions
        .route_converters
        .iter()
        .any(|conv| pattern.contains(&format!("<{conv}:{name}>")))
}

impl FlowRule {
    /// Whether a source of this rule can occur in a file with this text.
    fn may_have_sources(&self, text: &str) -> bool {
        self.source_needles
            .as_ref()
            .is_none_or(|needles| needles.iter().any(|n| text.contains(n.as_str())))
            || self.has_decorator_text(text)
            || self.has_method_of_text(text)
    }

    /// Whether the text names a base class of a `method_of` parameter source (by its last name).
    fn has_method_of_text(&self, text: &str) -> bool {
        self.parameter_sources
            .iter()
            .filter_map(|p| p.method_of.as_ref())
            .flat_map(|m| &m.classes)
            .any(|c| text.contains(c.rsplit('.').next().unwrap_or(c)))
    }

    fn has_decorator_text(&self, text: &str) -> bool {
        self.decorator_text
            .as_ref()
            .is_some_and(|names| names.written_in(text))
    }
}

#[derive(Default)]
pub struct FlowRules {
    pub rules: Vec<FlowRule>,
    /// Taint runs while each file is modelled, before the project-wide class hierarchy exists, so flow
    /// matchers see subclass relations only through inferred types, never project subclasses.
    hierarchy: Hierarchy,
    source_texts: std::sync::OnceLock<SourceTexts>,
}

/// The texts of the attribute sources of all rules, to find which occur in a file in one
/// pass over its text.
struct SourceTexts {
    automaton: Option<aho_corasick::AhoCorasick>,
    count: usize,
    /// Per rule: its texts (`None`: a pattern whose last name is open, so any file qualifies).
    by_rule: Vec<Option<Vec<usize>>>,
}

impl SourceTexts {
    fn new<'r>(rules: &'r [FlowRule]) -> SourceTexts {
        let mut texts: Vec<&'r str> = Vec::new();
        let mut id = |t: &'r str| match texts.iter().position(|x| *x == t) {
            Some(i) => i,
            None => {
                texts.push(t);
                texts.len() - 1
            }
        };
        let mut by_rule = Vec::new();
        for r in rules {
            let ids: Option<Vec<usize>> = r
                .attribute_sources
                .iter()
                .map(|g| g.tail().map(&mut id))
                .collect();
            by_rule.push(ids);
        }
        let count = texts.len();
        // Plain substrings: building fails only at absurd sizes, and then nothing is filtered.
        let automaton = aho_corasick::AhoCorasick::new(&texts).ok();
        if automaton.is_none() {
            by_rule.iter_mut().for_each(|r| *r = None);
        }
        SourceTexts {
            automaton,
            count,
            by_rule,
        }
    }
}

impl FlowRules {
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The front end's view of these rules, `None` when there are none (files then skip the taint walk).
    pub fn as_taint_rules(&self) -> Option<&dyn TaintRules> {
        (!self.is_empty()).then_some(self as &dyn TaintRules)
    }

    /// Whether a source of rule number `rule` can occur in a file with this text.
    pub fn may_have_sources(&self, rule: u32, text: &str) -> bool {
        self.rules
            .get(rule as usize)
            .is_some_and(|r| r.may_have_sources(text))
    }

    /// The rules (run-wide numbers) that follow calls and one of whose sources occurs in a file: a source
    /// call among its call sites, a source parameter among its functions' parameters, or the last names of
    /// an attribute source in its text. Much tighter than [`FlowRules::may_have_sources`], which only looks
    /// at text.
    pub fn following_rules_with_sources(&self, model: &FileModel) -> Vec<u32> {
        let (calls, text) = (&model.calls[..], &model.source[..]);
        let texts = self
            .source_texts
            .get_or_init(|| SourceTexts::new(&self.rules));
        let mut present = vec![false; texts.count];
        if let Some(automaton) = &texts.automaton {
            // Names are whole identifiers: `event` is not found in `prevent`.
            let ident = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
            let bytes = text.as_bytes();
            for m in automaton.find_overlapping_iter(text) {
                let before = m.start().checked_sub(1).and_then(|i| bytes.get(i));
                if !ident(before) && !ident(bytes.get(m.end())) {
                    present[m.pattern().as_usize()] = true;
                }
            }
        }
        // Built only if some rule gets as far as its call sources.
        let index = std::cell::OnceCell::new();
        let h = &self.hierarchy;
        self.rules
            .iter()
            .zip(&texts.by_rule)
            .filter(|(r, _)| r.global)
            .filter(|(r, needles)| {
                let by_name = match needles {
                    None => true,
                    Some(ids) => ids.iter().any(|&i| present[i]),
                };
                let by_parameter = r.parameter_sources.iter().any(|p| {
                    model.parameters.iter().any(|name| p.name.matches(name))
                        && match &p.method_of {
                            Some(_) => r.has_method_of_text(text),
                            None => p.decorators.is_empty() || r.has_decorator_text(text),
                        }
                });
                by_name
                    || by_parameter
                    || r.call_sources
                        .iter()
                        .zip(&r.call_source_keys)
                        .any(|(c, keys)| match keys {
                            Some(keys) => keys.iter().any(|k| {
                                index
                                    .get_or_init(|| CallIndex::new(calls))
                                    .lookup(k)
                                    .iter()
                                    .any(|&i| c.matches(&calls[i as usize], h))
                            }),
                            None => calls.iter().any(|call| c.matches(call, h)),
                        })
            })
            .map(|(r, _)| r.index)
            .collect()
    }

    /// Whether the text reads an attribute named like the last name of one of the rule's attribute sources
    /// (`req.args` for `flask.request.args`): a helper that may read it on a request object it is given.
    pub fn reads_source_attribute(&self, rule: u32, text: &str) -> bool {
        self.rules.get(rule as usize).is_some_and(|r| {
            r.attribute_sources
                .iter()
                .filter_map(Glob::last_segment)
                .any(|name| {
                    text.match_indices(name).any(|(at, _)| {
                        let after = text.as_bytes().get(at + name.len());
                        at > 0
                            && text.as_bytes()[at - 1] == b'.'
                            && !after.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    })
                })
        })
    }

    /// The rules (run-wide numbers) that follow calls and one of whose attribute sources is read in this
    /// text as a field: `.URL` for `net/http.Request.URL`. Go writes a typed field read under the
    /// variable's name (`r.URL`), so the resolved name never appears in the text, only its last part.
    pub fn following_rules_with_field_sources(&self, text: &str) -> Vec<u32> {
        // Each distinct field is looked for once, however many rules list it.
        let mut seen: Vec<(&str, bool)> = Vec::new();
        let mut out = Vec::new();
        for r in self.rules.iter().filter(|r| r.global) {
            let mut any = false;
            for g in &r.attribute_sources {
                let p = match seen.iter().find(|(src, _)| *src == g.source()) {
                    Some(&(_, p)) => p,
                    None => {
                        let p = field_read_in(g, text);
                        seen.push((g.source(), p));
                        p
                    }
                };
                if p {
                    any = true;
                    break;
                }
            }
            if any {
                out.push(r.index);
            }
        }
        out
    }

    /// Whether rule number `rule` follows calls into other functions (`scope="global"`).
    pub fn follows_calls(&self, rule: u32) -> bool {
        self.rules.get(rule as usize).is_some_and(|r| r.global)
    }

    pub fn push(&mut self, mut rule: FlowRule) {
        rule.index = self.rules.len() as u32;
        self.rules.push(rule);
    }
}

/// Whether `text` reads the field an attribute source names (`.URL` for `net/http.Request.URL`) and
/// mentions its owner type as Go writes it (`http.Request`).
fn field_read_in(g: &Glob, text: &str) -> bool {
    let owner = g.source().rsplit_once('.').and_then(|(o, _)| {
        let ty = o.rsplit('/').next()?;
        ty.contains('.').then_some(ty)
    });
    if owner.is_some_and(|o| !text.contains(o)) {
        return false;
    }
    let Some(last) = g.last_segment() else {
        return true;
    };
    let bytes = text.as_bytes();
    text.match_indices(last).any(|(i, _)| {
        let after = bytes.get(i + last.len());
        i > 0
            && bytes[i - 1] == b'.'
            && !after.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    })
}

/// Compiles a rule whose whole matcher is `flow`.
pub fn compile_flow(rule: &Arc<Rule>, flow: &Dataflow) -> Result<FlowRule, CompileError> {
    let mut out = FlowRule {
        rule: rule.clone(),
        index: 0,
        call_sources: Vec::new(),
        call_source_keys: Vec::new(),
        attribute_sources: Vec::new(),
        parameter_sources: Vec::new(),
        sinks: Vec::new(),
        sanitizers: Vec::new(),
        guard_bits: 0,
        return_sinks: Vec::new(),
        return_fields: Vec::new(),
        global: flow.scope != "local",
        sink_names: Some(FxHashSet::default()),
        call_keys: CallKeys::default(),
        source_needles: None,
        decorator_text: None,
    };
    for source in &flow.sources {
        add_source(&mut out, source)?;
    }
    for sink in &flow.sinks {
        add_sink(&mut out, sink)?;
    }
    out.call_source_keys = out.call_sources.iter().map(Compiled::candidates).collect();
    out.source_needles = source_needles(&out);
    out.decorator_text = decorator_text(&out);
    for sanitizer in &flow.sanitizers {
        // A sanitizer cleans the value a call returns; anything else would be ignored, so refuse it.
        if matches!(
            sanitizer,
            Matcher::Attribute { .. } | Matcher::TypedAttribute(_) | Matcher::Variable { .. }
        ) {
            return Err(CompileError::Unsupported(
                "flows() sanitizers must be call matchers".into(),
            ));
        }
        out.sanitizers.push(Compiled::compile(sanitizer)?);
    }
    for g in &flow.guards {
        out.guard_bits |= guard_family(g)
            .ok_or_else(|| CompileError::Unsupported(format!("unknown guard family '{g}'")))?;
    }
    for d in &flow.return_sinks {
        out.return_sinks.push(Compiled::compile(d)?);
    }
    for f in &flow.return_fields {
        out.return_fields.push(FieldSink::compile(f)?);
    }
    let sinks = out.sinks.iter().map(|s| &s.matcher);
    out.call_keys = CallKeys::of(out.call_sources.iter().chain(&out.sanitizers).chain(sinks));
    if out.sinks.is_empty() && out.return_fields.is_empty() {
        return Err(CompileError::Unsupported(
            "flows() needs at least one call sink".into(),
        ));
    }
    Ok(out)
}

fn add_source(out: &mut FlowRule, m: &Matcher) -> Result<(), CompileError> {
    match m {
        Matcher::Or { matchers } => {
            for m in matchers {
                add_source(out, m)?;
            }
        }
        Matcher::Attribute { patterns } => out
            .attribute_sources
            .extend(patterns.iter().map(|p| Glob::new(p))),
        Matcher::TypedAttribute(t) => {
            for rt in &t.receiver_types {
                for a in &t.attribute_names {
                    out.attribute_sources.push(Glob::new(&format!("{rt}.{a}")));
                }
            }
        }
        Matcher::Variable {
            pattern,
            decorated_by,
            method_of,
            ..
        } => out.parameter_sources.push(ParamSource {
            name: Glob::new(pattern),
            decorators: decorated_by
                .iter()
                .map(Compiled::compile)
                .collect::<Result<_, _>>()?,
            method_of: method_of.clone(),
        }),
        Matcher::TypedCall(t) => {
            // `flask.args` written as a method is an attribute read in real code: accept both.
            for rt in &t.receiver_types {
                for name in &t.method_names {
                    out.attribute_sources
                        .push(Glob::new(&format!("{rt}.{name}")));
                }
            }
            out.call_sources.push(Compiled::compile(m)?);
        }
        Matcher::Dataflow(_) => {
            return Err(CompileError::Unsupported(
                "flows() cannot be nested in a source".into(),
            ))
        }
        m => out.call_sources.push(Compiled::compile(m)?),
    }
    Ok(())
}

/// The literal names every source needs in the file's text: last segments of attribute and call patterns,
/// parameter names. `None` when a source has no literal part to look for.
fn source_needles(rule: &FlowRule) -> Option<Vec<String>> {
    let mut needles = Vec::new();
    for g in &rule.attribute_sources {
        needles.push(g.last_segment()?.to_string());
    }
    for p in rule
        .parameter_sources
        .iter()
        .filter(|p| p.decorators.is_empty())
    {
        match &p.method_of {
            // The base class is named where such a method is defined.
            Some(m) => needles.extend(
                m.classes
                    .iter()
                    .map(|c| c.rsplit('.').next().unwrap_or(c).to_string()),
            ),
            None => needles.push(p.name.last_segment()?.to_string()),
        }
    }
    for keys in &rule.call_source_keys {
        needles.extend(
            keys.as_ref()?
                .iter()
                .filter(|k| !k.starts_with(crate::matcher::KEYWORD_KEY))
                .cloned(),
        );
    }
    Some(needles)
}

/// Call names of the decorators that make handler parameters sources (`names` empty: any name).
struct DecoratorNames {
    names: Vec<String>,
}

impl DecoratorNames {
    /// Whether the text has a decorator call `@name(` or `@x.y.name(` with one of the names. Scans from
    /// each `@`, which is rare in Python outside decorators, so this is far cheaper than a regex.
    fn written_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(at) = text[from..].find('@').map(|i| from + i) {
            let start = at + 1;
            let mut end = start;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'_' | b'.'))
            {
                end += 1;
            }
            let last = text[start..end].rsplit('.').next().unwrap_or("");
            let mut next = end;
            while next < bytes.len() && matches!(bytes[next], b' ' | b'\t') {
                next += 1;
            }
            if !last.is_empty()
                && bytes.get(next) == Some(&b'(')
                && (self.names.is_empty() || self.names.iter().any(|n| n == last))
            {
                return true;
            }
            from = start;
        }
        false
    }
}

fn decorator_text(rule: &FlowRule) -> Option<DecoratorNames> {
    let mut names: Vec<String> = Vec::new();
    let mut any = false;
    for d in rule.parameter_sources.iter().flat_map(|p| &p.decorators) {
        match d.candidates() {
            Some(keys) => names.extend(
                keys.into_iter()
                    .filter(|k| !k.starts_with(crate::matcher::KEYWORD_KEY)),
            ),
            None => any = true,
        }
    }
    if names.is_empty() && !any {
        return None;
    }
    if any {
        names.clear();
    }
    Some(DecoratorNames { names })
}

static NO_TRACKING: Vec<TrackedParam> = Vec::new();

fn add_sink(out: &mut FlowRule, m: &Matcher) -> Result<(), CompileError> {
    let tracked = match m {
        Matcher::Or { matchers } => {
            for m in matchers {
                add_sink(out, m)?;
            }
            return Ok(());
        }
        Matcher::Call(c) => &c.tracked_params,
        Matcher::TypedCall(t) => &t.tracked_params,
        // `And(sink.tracks(0), Not(...))`: the narrowing operands keep the tracked arguments of the sink.
        Matcher::And { matchers } => matchers
            .iter()
            .find_map(|m| match m {
                Matcher::Call(c) if !c.tracked_params.is_empty() => Some(&c.tracked_params),
                Matcher::TypedCall(t) if !t.tracked_params.is_empty() => Some(&t.tracked_params),
                _ => None,
            })
            .unwrap_or(&NO_TRACKING),
        Matcher::Dataflow(_) | Matcher::Attribute { .. } | Matcher::TypedAttribute(_) => {
            return Err(CompileError::Unsupported(
                "flows() sinks must be call matchers".into(),
            ))
        }
        _ => &NO_TRACKING,
    };
    let args = tracked
        .iter()
        .filter_map(|t| match t {
            TrackedParam::Index { index } => index.as_u64().map(|i| ArgSel::Index(i as usize)),
            // `.tracks("self")`: the receiver of a method sink.
            TrackedParam::Name { name } if name == "self" => Some(ArgSel::Receiver),
            TrackedParam::Name { name } => Some(ArgSel::Name(name.clone())),
            TrackedParam::Return { .. } => None,
        })
        .collect();
    let matcher = Compiled::compile(m)?;
    match (matcher.candidates(), out.sink_names.as_mut()) {
        (Some(names), Some(all)) => all.extend(names),
        _ => out.sink_names = None,
    }
    out.sinks.push(Sink { matcher, args });
    Ok(())
}

impl TaintRules for FlowRules {
    fn for_file<'s>(
        &'s self,
        calls: &[CallSite],
        cross: &CrossFile<'_>,
        text: &str,
    ) -> Option<Box<dyn TaintSpec + 's>> {
        let mut active = self.active_for(calls, &CallIndex::new(calls), text);
        let mut add = |rule: u32| {
            if !active.iter().any(|r| r.index == rule) {
                if let Some(rule) = self.rules.get(rule as usize) {
                    active.push(rule);
                }
            }
        };
        // Rules whose sink this file reaches through a function of another file.
        for e in cross.external {
            // A Go function of the same package is called by its bare name (no resolved name).
            let called = calls
                .iter()
                .any(|c| c.fqn.as_deref().unwrap_or(c.callee.as_str()) == e.function.as_str());
            if called {
                e.sink_rules().for_each(&mut add);
            }
        }
        // Rules other files need this file's summaries for.
        cross.forced.iter().copied().for_each(add);
        if active.is_empty() {
            return None;
        }
        let routes = cross.routes.to_vec();
        let sources_possible =
            !routes.is_empty() || active.iter().any(|r| r.may_have_sources(text));
        // Last names of the attribute sources, or `None` when a pattern leaves the last name open.
        let attribute_names = active
            .iter()
            .flat_map(|r| r.attribute_sources.iter())
            .map(|g| g.last_segment().map(str::to_string))
            .collect::<Option<FxHashSet<String>>>();
        Some(Box::new(FileSpec {
            sources_possible,
            attribute_names,
            active,
            hierarchy: &self.hierarchy,
            routes,
            calls_at: calls.as_ptr() as usize,
            answers: (0..calls.len()).map(|_| OnceCell::new()).collect(),
        }))
    }
}

/// The flow rules active in one file; `RuleIdx` indexes `active`.
pub struct FileSpec<'s> {
    active: Vec<&'s FlowRule>,
    sources_possible: bool,
    attribute_names: Option<FxHashSet<String>>,
    hierarchy: &'s Hierarchy,
    /// Functions of the file that URLconfs of other files route requests to.
    routes: Vec<RoutedFunction>,
    /// Address of the file's first call site: the walk asks about calls of that slice, so a call's
    /// position in it is known from its address alone.
    calls_at: usize,
    /// Per call site, what it is for the active rules, worked out on the first question (the walk asks
    /// again on every pass over a function, and summaries take several).
    answers: Vec<OnceCell<CallAnswers>>,
}

/// What one call is for the active rules of a file.
#[derive(Default)]
struct CallAnswers {
    sources: Vec<RuleIdx>,
    sanitizes: Vec<RuleIdx>,
    sinks: Vec<(RuleIdx, Vec<ArgSel>)>,
}

/// Call-name keys of a set of matchers (see [`Compiled::candidates`]), split into names and keywords so a
/// call is checked without building a string. `None`: some matcher may match any call.
#[derive(Default)]
struct CallKeys(Option<(FxHashSet<String>, FxHashSet<String>)>);

impl CallKeys {
    fn of<'m>(matchers: impl Iterator<Item = &'m Compiled>) -> CallKeys {
        let (mut names, mut keywords) = (FxHashSet::default(), FxHashSet::default());
        for m in matchers {
            let Some(keys) = m.candidates() else {
                return CallKeys(None);
            };
            for key in keys {
                match key.strip_prefix(crate::matcher::KEYWORD_KEY) {
                    Some(kw) => keywords.insert(kw.to_string()),
                    None => names.insert(key),
                };
            }
        }
        CallKeys(Some((names, keywords)))
    }

    /// Whether the call answers to one of the keys, as [`CallIndex`] files it.
    fn admit(&self, call: &CallSite) -> bool {
        let Some((names, keywords)) = &self.0 else {
            return true;
        };
        let last = call.fqn.as_deref().and_then(|f| f.rsplit('.').next());
        names.contains(call.name.as_str())
            || last.is_some_and(|l| names.contains(l))
            || call
                .args
                .iter()
                .filter_map(|a| a.keyword.as_deref())
                .any(|k| keywords.contains(k))
    }
}

impl FileSpec<'_> {
    /// The answers for `call`, from the memo when it is one of the file's call sites.
    fn answers_for<R>(&self, call: &CallSite, read: impl FnOnce(&CallAnswers) -> R) -> R {
        let size = std::mem::size_of::<CallSite>();
        let at = (call as *const CallSite as usize).wrapping_sub(self.calls_at);
        let slot = at
            .is_multiple_of(size)
            .then(|| self.answers.get(at / size))
            .flatten();
        match slot {
            Some(cell) => read(cell.get_or_init(|| self.answer(call))),
            None => read(&self.answer(call)),
        }
    }

    fn answer(&self, call: &CallSite) -> CallAnswers {
        let mut out = CallAnswers::default();
        for (i, r) in self.active.iter().enumerate() {
            if !r.call_keys.admit(call) {
                continue;
            }
            let i = i as RuleIdx;
            let h = self.hierarchy;
            if r.call_sources.iter().any(|m| m.matches(call, h)) {
                out.sources.push(i);
            }
            if r.sanitizers.iter().any(|m| m.matches(call, h)) {
                out.sanitizes.push(i);
            }
            if let Some(s) = r.sinks.iter().find(|s| s.matcher.matches(call, h)) {
                out.sinks.push((i, s.args.clone()));
            }
        }
        out
    }
}

impl FlowRules {
    /// The rules worth a taint walk of a file: those with a sink call in it. A file's `RuleIdx` values
    /// index this list.
    pub fn active_for(
        &self,
        calls: &[CallSite],
        index: &CallIndex<'_>,
        text: &str,
    ) -> Vec<&FlowRule> {
        let is_sink = |r: &FlowRule, i: u32| {
            r.sinks
                .iter()
                .any(|s| s.matcher.matches(&calls[i as usize], &self.hierarchy))
        };
        // A return sink needs a function with a matching decorator call (a request handler).
        let returns_to_client = |r: &FlowRule| {
            !r.return_sinks.is_empty()
                && r.may_have_sources(text)
                && calls
                    .iter()
                    .any(|c| r.return_sinks.iter().any(|m| m.matches(c, &self.hierarchy)))
        };
        // A returned response field needs only a source: the returned dicts are seen in the walk.
        let returns_fields = |r: &FlowRule| !r.return_fields.is_empty() && r.may_have_sources(text);
        self.rules
            .iter()
            .filter(|r| {
                returns_to_client(r)
                    || returns_fields(r)
                    || match &r.sink_names {
                        Some(keys) => keys
                            .iter()
                            .any(|k| index.lookup(k).iter().any(|&i| is_sink(r, i))),
                        // A sink that can be any call is only worth checking where a source can be.
                        None => {
                            r.may_have_sources(text)
                                && (0..calls.len() as u32).any(|i| is_sink(r, i))
                        }
                    }
            })
            .collect()
    }
}

impl TaintSpec for FileSpec<'_> {
    fn call_sources(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        self.answers_for(call, |a| out.extend_from_slice(&a.sources));
    }

    fn call_sanitizes(&self, call: &CallSite, out: &mut Vec<RuleIdx>) {
        self.answers_for(call, |a| out.extend_from_slice(&a.sanitizes));
    }

    fn call_sinks(&self, call: &CallSite, out: &mut Vec<(RuleIdx, Vec<ArgSel>)>) {
        self.answers_for(call, |a| out.extend(a.sinks.iter().cloned()));
    }

    fn attribute_sources(&self, text: &str, resolved: Option<&str>, out: &mut Vec<RuleIdx>) {
        // An attribute of an imported name is known by its resolved name only: Flask's `request.headers` is
        // `flask.request.headers`, not the `request.headers` of a handler parameter in another framework.
        // (Only there does the resolved name end with the text as written; `self.x` or a typed parameter
        // resolve to their class's name and keep matching as written.)
        let written = resolved.is_none_or(|f| {
            !(f.len() > text.len() && f.ends_with(text) && f[..f.len() - text.len()].ends_with('.'))
        });
        for (i, r) in self.active.iter().enumerate() {
            if r.attribute_sources
                .iter()
                .any(|g| (written && g.matches(text)) || resolved.is_some_and(|f| g.matches(f)))
            {
                out.push(i as RuleIdx);
            }
        }
    }

    fn parameter_sources(&self, name: &str, decorators: &[&CallSite], out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.parameter_sources
                .iter()
                .any(|p| p.matches(name, decorators, self.hierarchy))
            {
                out.push(i as RuleIdx);
            }
        }
    }

    fn method_parameter_sources(&self, method: &str, bases: &[String], out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            let hit = r.parameter_sources.iter().any(|p| {
                p.method_of.as_ref().is_some_and(|m| {
                    m.methods.iter().any(|n| n == method)
                        && bases.iter().any(|b| {
                            m.classes
                                .iter()
                                .any(|c| b == c || self.hierarchy.is_subclass(b, c))
                        })
                })
            });
            if hit {
                out.push(i as RuleIdx);
            }
        }
    }

    fn route_of(&self, fqn: &str) -> Option<&CallSite> {
        self.routes
            .iter()
            .find(|r| r.function == fqn)
            .map(|r| &r.route)
    }

    fn sources_possible(&self) -> bool {
        self.sources_possible
    }

    fn may_have_sources(&self, text: &str) -> bool {
        // A routed view's parameters are sources whatever its text says.
        !self.routes.is_empty() || self.active.iter().any(|r| r.may_have_sources(text))
    }

    fn attribute_name_may_be_source(&self, name: &str) -> bool {
        self.attribute_names
            .as_ref()
            .is_none_or(|names| names.contains(name))
    }

    fn rule_count(&self) -> RuleIdx {
        self.active.len() as RuleIdx
    }

    fn global_rule(&self, rule: RuleIdx) -> u32 {
        self.active[rule as usize].index
    }

    fn local_rule(&self, global: u32) -> Option<RuleIdx> {
        self.active
            .iter()
            .position(|r| r.index == global)
            .map(|i| i as RuleIdx)
    }

    fn follows_calls(&self, rule: RuleIdx) -> bool {
        self.active.get(rule as usize).is_some_and(|r| r.global)
    }

    fn guard_bits(&self, rule: RuleIdx) -> u8 {
        self.active.get(rule as usize).map_or(0, |r| r.guard_bits)
    }

    fn has_return_sinks(&self, rule: RuleIdx) -> bool {
        self.active
            .get(rule as usize)
            .is_some_and(|r| !r.return_sinks.is_empty())
    }

    fn has_return_fields(&self) -> bool {
        self.active.iter().any(|r| !r.return_fields.is_empty())
    }

    fn return_field_sinks(&self, entries: &[ReturnedEntry], out: &mut Vec<(RuleIdx, usize)>) {
        for (i, r) in self.active.iter().enumerate() {
            for f in &r.return_fields {
                if let Some(at) = f.sink_in(entries) {
                    out.push((i as RuleIdx, at));
                }
            }
        }
    }

    fn return_sinks(&self, decorators: &[&CallSite], out: &mut Vec<RuleIdx>) {
        for (i, r) in self.active.iter().enumerate() {
            if r.return_sinks
                .iter()
                .any(|m| decorators.iter().any(|d| m.matches(d, self.hierarchy)))
            {
                out.push(i as RuleIdx);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DecoratorNames;

    #[test]
    fn every_guard_family_the_dsl_accepts_has_checks() {
        for name in pathfinder_rules::ir::GUARD_FAMILIES {
            assert!(
                pathfinder_python::taint::guard_family(name).is_some(),
                "{name}"
            );
        }
        assert_eq!(
            pathfinder_rules::ir::GUARD_FAMILIES.len(),
            pathfinder_python::taint::GUARD_FAMILIES.len()
        );
    }

    #[test]
    fn decorator_calls_are_found_by_name_after_an_at_sign() {
        let routes = DecoratorNames {
            names: vec!["route".into(), "get".into()],
        };
        assert!(routes.written_in("@app.route('/x')\ndef x(): pass"));
        assert!(routes.written_in("class A:\n    @bp.get  ('/y')\n    def y(self): pass"));
        assert!(routes.written_in("@route('/z')\ndef z(): pass"));
        // Not decorator calls of those names.
        assert!(!routes.written_in("@app.routes('/x')\ndef x(): pass"));
        assert!(!routes.written_in("@cache\ndef x(): return d.get('k')"));
        assert!(!routes.written_in("mail = 'me@example.get'\nm = a @ b"));
        let any = DecoratorNames { names: Vec::new() };
        assert!(any.written_in("@anything.at_all()\ndef f(): pass"));
        assert!(!any.written_in("@property\ndef f(self): pass"));
    }
}
