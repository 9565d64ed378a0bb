//! Container rules (`@dockerfile_rule`, `@compose_rule`) over the Dockerfile and compose models.
//!
//! The IR is the SDK's (rule-dsl.md §5); these are the semantics, chosen so that a condition means what
//! its rule says rather than "somewhere in the file":
//!
//! **Dockerfile.** `instruction(type, …)` holds on one instruction of that type when *every* parameter
//! holds on it. Text parameters (`contains`, `not_contains`, `regex`, `not_regex`) look at the
//! instruction's arguments (flags included, continuation lines joined, whitespace collapsed, heredoc
//! bodies appended). Value parameters use the parsed instruction with `ARG`/`ENV` expanded; an unknown
//! value never matches. `FROM` parameters ignore `scratch`, earlier stages (`FROM build`) and unresolved
//! images; an image without tag or digest has the tag Docker pulls, `latest`. `USER` conditions hold
//! only on the effective `USER` of the image that runs: the last `USER` of the final stage (or of the
//! stage it builds on). `command_form` distinguishes a valid JSON array (exec) from anything else.
//! `workdir_not_absolute` accepts `/…`, `\…` and drive paths as absolute.
//!
//! - `all_of(…)`: its instruction conditions must hold on the **same instruction** (so "RUN with
//!   `apt-get install` and without `--no-install-recommends`" is one `RUN`). Conditions that are not about
//!   one instruction (`missing`, `none_of` of them) are checked in that instruction's stage. When the
//!   instruction conditions name different instruction types, each must hold somewhere in the same stage
//!   and the finding is at the first condition's instructions.
//! - `any_of(…)`: every match of any condition, once each. `none_of(…)`: inside `all_of`, an instruction
//!   on which none of its conditions holds; elsewhere, a finding at the final stage when none matches.
//! - `missing(type, label_key=)`: the stage in context (the final stage at top level, the instruction's
//!   stage inside `all_of`), together with the stages it builds on, has no such instruction; reported at
//!   that stage's `FROM`. A file without `FROM` has no stage and so no "missing" findings.
//! - `instruction_after(X, after=Y)` / `instruction_before(X, before=Y)`: an X with a Y earlier / later
//!   **in the same stage** (`not_followed_by=True` negates), so "a second CMD in a stage" is
//!   `instruction_after("CMD", after="CMD")`.
//! - `stage(alias=, base_image=, is_final=)`: the `FROM` of matching stages; `final_stage_has(instruction=,
//!   missing_instruction=)`: matches within the final stage.
//!
//! **Compose.** Conditions are evaluated per service (merge keys and same-file `extends` followed; `key`
//! may be dotted; `${VAR:-default}` in values reads as its default).
//! `service_has(key, …)`: every given parameter must hold; `equals`/`contains`/`contains_any`/`regex` look
//! at the value's items (a scalar, the elements of a list, `key=value` for a mapping), `equals` compares
//! by type (a boolean matches `true`/`false` in any case, quoted or not, as compose casts them; a number
//! matches numerically); `not_equals`/`not_contains`: the key is present and
//! no item equals/contains; `env_name_regex`/`env_value_regex` read `environment` as a list or a mapping;
//! `volume_type`/`source_regex`/`target_regex` read `volumes` short and long syntax; and
//! `published_port_less_than` reads `ports` (ranges by their lowest port). The finding is at the matching
//! value. `service_missing(key, value_contains=)`: the key is absent (or no item contains the value);
//! reported at the service name. `all_of`/`any_of`/`none_of` combine per service.
//!
//! Callables (`validate=`, `custom_check`, callables in combinators) cannot run statically: such a rule
//! is not compiled and the scan says so.

use pathfinder_compose as compose;
use pathfinder_dockerfile as dockerfile;
use pathfinder_findings::suppress::{directives, Directive};
use pathfinder_findings::{Diagnostic, Finding, Location};
use pathfinder_rules::container::{
    duration, json_text, signal, Check, Cond, ImagePattern, InstPred, ServicePred,
};
use pathfinder_rules::{Rule, RuleLanguage};
use pathfinder_workspace::Language;
use serde_json::Value as Json;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

mod compose_eval;
use compose_eval::service_eval;

/// A container rule ready to run: its condition tree was compiled and checked when the rule was loaded.
pub struct ContainerRule {
    pub rule: Arc<Rule>,
    cond: Cond,
}

/// The compiled Dockerfile and compose rules.
#[derive(Default)]
pub struct ContainerRules {
    pub dockerfile: Vec<ContainerRule>,
    pub compose: Vec<ContainerRule>,
}

impl ContainerRules {
    pub fn len(&self) -> usize {
        self.dockerfile.len() + self.compose.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn rules(&self) -> impl Iterator<Item = &Arc<Rule>> {
        self.dockerfile.iter().chain(&self.compose).map(|c| &c.rule)
    }

    /// Adds a rule with its compiled condition tree.
    pub fn push(&mut self, rule: &Arc<Rule>, cond: &Cond) {
        let compiled = ContainerRule {
            rule: rule.clone(),
            cond: cond.clone(),
        };
        match rule.language {
            RuleLanguage::Compose => self.compose.push(compiled),
            _ => self.dockerfile.push(compiled),
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Dockerfile evaluation

/// What a finding points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Hit {
    Instruction(usize),
    /// A stage as a whole (reported at its `FROM`).
    Stage(usize),
}

#[derive(Clone, Copy)]
enum Scope {
    File,
    Stage(usize),
}

struct Docker<'a> {
    df: &'a dockerfile::Dockerfile,
    /// The `USER` instruction in effect when the final image runs.
    effective_user: Option<usize>,
    /// For `instruction_after/before`: the first and last instruction of a stage on which a reference
    /// condition holds, keyed by (condition address, stage), so a huge stage stays linear.
    references: RefCell<HashMap<(usize, usize), FirstLast>>,
}

/// First and last instruction index of a stage where a condition holds.
type FirstLast = (Option<usize>, Option<usize>);

impl<'a> Docker<'a> {
    fn new(df: &'a dockerfile::Dockerfile) -> Self {
        let effective_user = df.final_stage().and_then(|f| {
            df.stage_chain(f.index).into_iter().find_map(|s| {
                let st = &df.stages[s];
                (st.from..st.end)
                    .rev()
                    .find(|&i| df.instructions[i].keyword == "USER")
            })
        });
        Docker {
            df,
            effective_user,
            references: RefCell::new(HashMap::new()),
        }
    }

    fn indices(&self, scope: Scope) -> std::ops::Range<usize> {
        match scope {
            Scope::File => 0..self.df.instructions.len(),
            Scope::Stage(s) => self.df.stages.get(s).map_or(0..0, |st| st.from..st.end),
        }
    }

    fn scope_stage(&self, scope: Scope) -> Option<usize> {
        match scope {
            Scope::Stage(s) => Some(s),
            Scope::File => self.df.final_stage().map(|s| s.index),
        }
    }

    fn eval(&self, cond: &Cond, scope: Scope) -> Vec<Hit> {
        match cond {
            Cond::Inst(_) | Cond::Seq { .. } | Cond::Stage { .. } => self
                .indices(scope)
                .filter(|&i| self.holds(cond, i))
                .map(Hit::Instruction)
                .collect(),
            Cond::Missing { keyword, label_key } => self
                .scope_stage(scope)
                .filter(|&s| !self.has(s, keyword, label_key.as_deref()))
                .map(Hit::Stage)
                .into_iter()
                .collect(),
            Cond::All(cs) => self.all_of(cs, scope),
            Cond::Any(cs) => {
                let mut seen = BTreeSet::new();
                cs.iter()
                    .flat_map(|c| self.eval(c, scope))
                    .filter(|h| seen.insert(*h))
                    .collect()
            }
            Cond::NoneOf(cs) => {
                if cs.iter().all(|c| self.eval(c, scope).is_empty()) {
                    self.scope_stage(scope)
                        .map(Hit::Stage)
                        .into_iter()
                        .collect()
                } else {
                    Vec::new()
                }
            }
            Cond::FinalHas {
                instruction,
                missing,
            } => {
                let Some(f) = self.df.final_stage().map(|s| s.index) else {
                    return Vec::new();
                };
                let mut hits = Vec::new();
                if let Some(c) = instruction {
                    hits = self.eval(c, Scope::Stage(f));
                    if hits.is_empty() {
                        return hits;
                    }
                }
                if let Some(m) = missing {
                    if self.has(f, m, None) {
                        return Vec::new();
                    }
                    if hits.is_empty() {
                        hits.push(Hit::Stage(f));
                    }
                }
                hits
            }
            Cond::Service(_) | Cond::ServiceMissing { .. } => Vec::new(),
        }
    }

    fn all_of(&self, cs: &[Cond], scope: Scope) -> Vec<Hit> {
        let (local, global): (Vec<&Cond>, Vec<&Cond>) = cs.iter().partition(|c| is_local(c));
        let globals_hold = |s: Scope| global.iter().all(|c| !self.eval(c, s).is_empty());
        if local.is_empty() {
            return match cs.first() {
                Some(first) if globals_hold(scope) => self.eval(first, scope),
                _ => Vec::new(),
            };
        }
        let stage_scope = |i: usize| match self.df.instructions[i].stage {
            Some(s) => Scope::Stage(s),
            None => Scope::File,
        };
        let keywords = local.iter().fold(None::<BTreeSet<String>>, |acc, c| {
            match (acc, keywords(c)) {
                (None, k) => k,
                (a, None) => a,
                (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
            }
        });
        if keywords.as_ref().is_some_and(BTreeSet::is_empty) {
            // Different instruction types: each must hold somewhere in the same stage.
            let stages: Vec<usize> = match scope {
                Scope::File => (0..self.df.stages.len()).collect(),
                Scope::Stage(s) => vec![s],
            };
            let mut hits = Vec::new();
            for s in stages {
                let range = self.indices(Scope::Stage(s));
                let every = local
                    .iter()
                    .all(|c| range.clone().any(|i| self.holds(c, i)));
                if every && globals_hold(Scope::Stage(s)) {
                    hits.extend(
                        range
                            .filter(|&i| self.holds(local[0], i))
                            .map(Hit::Instruction),
                    );
                }
            }
            return hits;
        }
        let mut stage_ok: HashMap<Option<usize>, bool> = HashMap::new();
        self.indices(scope)
            .filter(|&i| local.iter().all(|c| self.holds(c, i)))
            .filter(|&i| {
                *stage_ok
                    .entry(self.df.instructions[i].stage)
                    .or_insert_with(|| globals_hold(stage_scope(i)))
            })
            .map(Hit::Instruction)
            .collect()
    }

    /// Whether an instruction-level condition holds on instruction `i`.
    fn holds(&self, cond: &Cond, i: usize) -> bool {
        let ins = &self.df.instructions[i];
        match cond {
            Cond::Inst(p) => self.inst_holds(p, i),
            Cond::All(cs) => cs.iter().all(|c| self.holds(c, i)),
            Cond::Any(cs) => cs.iter().any(|c| self.holds(c, i)),
            Cond::NoneOf(cs) => !cs.iter().any(|c| self.holds(c, i)),
            Cond::Seq {
                inst,
                reference,
                after,
                negate,
            } => {
                if !self.holds(inst, i) {
                    return false;
                }
                let Some(stage) = ins.stage.and_then(|s| self.df.stages.get(s)) else {
                    return false;
                };
                let key = (&**reference as *const Cond as usize, stage.index);
                let cached = self.references.borrow().get(&key).copied();
                let (first, last) = cached.unwrap_or_else(|| {
                    let range = stage.from..stage.end;
                    let first = range.clone().find(|&j| self.holds(reference, j));
                    let last = first.and_then(|_| range.rev().find(|&j| self.holds(reference, j)));
                    self.references.borrow_mut().insert(key, (first, last));
                    (first, last)
                });
                let found = if *after {
                    first.is_some_and(|f| f < i)
                } else {
                    last.is_some_and(|l| l > i)
                };
                found != *negate
            }
            Cond::Stage {
                alias,
                base_image,
                is_final,
            } => {
                if ins.keyword != "FROM" {
                    return false;
                }
                let Some(st) = ins.stage.and_then(|s| self.df.stages.get(s)) else {
                    return false;
                };
                alias.as_ref().is_none_or(|a| st.name.as_ref() == Some(a))
                    && base_image
                        .as_ref()
                        .is_none_or(|b| st.image.as_ref().is_some_and(|img| image_matches(b, img)))
                    && is_final.is_none_or(|f| (st.index + 1 == self.df.stages.len()) == f)
            }
            _ => false,
        }
    }

    fn inst_holds(&self, p: &InstPred, i: usize) -> bool {
        let ins = &self.df.instructions[i];
        if ins.keyword != p.keyword {
            return false;
        }
        // USER conditions judge the user the container runs as.
        if p.keyword == "USER" && !p.checks.is_empty() && self.effective_user != Some(i) {
            return false;
        }
        p.checks.iter().all(|c| self.check(c, i))
    }

    fn check(&self, c: &Check, i: usize) -> bool {
        let ins = &self.df.instructions[i];
        let image = || {
            ins.stage
                .and_then(|s| self.df.stages.get(s))
                .filter(|s| s.from == i)
                .and_then(|s| s.image.as_ref())
        };
        let value = || ins.expanded.as_deref();
        let user = || value().map(|v| v.split(':').next().unwrap_or("").trim().to_string());
        let ports = || value().map(expose_ports).unwrap_or_default();
        match c {
            Check::BaseImage(b) => image().is_some_and(|img| image_matches(b, img)),
            Check::ImageTag(t) => image().and_then(|img| img.effective_tag()) == Some(t.as_str()),
            Check::ImageTagRegex(r) => image()
                .and_then(|img| img.effective_tag())
                .is_some_and(|t| r.is_match(t)),
            Check::MissingDigest(want) => image().is_some_and(|img| img.digest.is_none() == *want),
            Check::UserName(u) => user().is_some_and(|x| x == *u),
            Check::UserNameRegex(r) => user().is_some_and(|x| r.is_match(&x)),
            Check::Port(n) => ports().iter().any(|(lo, hi, _)| lo <= n && n <= hi),
            Check::PortLessThan(n) => ports().iter().any(|(lo, _, _)| lo < n),
            Check::PortGreaterThan(n) => ports().iter().any(|(_, hi, _)| hi > n),
            Check::Protocol(p) => ports().iter().any(|(_, _, proto)| proto == p),
            Check::ArgName(n) => ins.pairs.iter().any(|(k, _)| k == n),
            Check::ArgNameRegex(r) => ins.pairs.iter().any(|(k, _)| r.is_match(k)),
            Check::CopyFrom(f) => ins
                .flag("from")
                .and_then(|x| x.value.as_deref())
                .is_some_and(|v| v.eq_ignore_ascii_case(f)),
            Check::Chown(want) => {
                let flag = ins.flag("chown");
                match want {
                    Json::Bool(b) => flag.is_some() == *b,
                    other => flag
                        .and_then(|x| x.value.as_deref())
                        .is_some_and(|v| v == json_text(other)),
                }
            }
            Check::MissingFlag(f) => ins.flag(f).is_none(),
            Check::HealthcheckIntervalLessThan(n) => {
                flag_seconds(ins, "interval").is_some_and(|v| v < *n)
            }
            Check::HealthcheckTimeoutGreaterThan(n) => {
                flag_seconds(ins, "timeout").is_some_and(|v| v > *n)
            }
            Check::HealthcheckRetriesGreaterThan(n) => ins
                .flag("retries")
                .and_then(|f| f.value.as_deref())
                .and_then(|v| v.parse::<f64>().ok())
                .is_some_and(|v| v > *n),
            Check::Label { key, value } => ins.pairs.iter().any(|(k, v)| {
                key.as_ref().is_none_or(|want| k == want)
                    && value
                        .as_ref()
                        .is_none_or(|r| v.as_deref().is_some_and(|v| r.is_match(v)))
            }),
            Check::CommandForm { exec } => match ins.form {
                dockerfile::Form::Exec(_) => *exec,
                dockerfile::Form::Shell => !*exec,
                dockerfile::Form::None => false,
            },
            Check::WorkdirNotAbsolute(want) => {
                value().is_some_and(|v| is_absolute(v.trim()) != *want)
            }
            Check::SignalNotIn(list) => value().is_some_and(|v| !list.contains(&signal(v))),
            Check::Contains(s) => ins.text.contains(s.as_str()),
            Check::NotContains(s) => !ins.text.contains(s.as_str()),
            Check::Regex(r) => r.is_match(&ins.text),
            Check::NotRegex(r) => !r.is_match(&ins.text),
        }
    }

    /// Whether stage `s` (or a stage it builds on) has an instruction of that type.
    fn has(&self, s: usize, keyword: &str, label_key: Option<&str>) -> bool {
        self.df.stage_chain(s).into_iter().any(|st| {
            self.df.stage_instructions(st).iter().any(|ins| {
                ins.keyword == keyword
                    && label_key.is_none_or(|k| ins.pairs.iter().any(|(key, _)| key == k))
            })
        })
    }
}

fn is_local(c: &Cond) -> bool {
    match c {
        Cond::Inst(_) | Cond::Seq { .. } | Cond::Stage { .. } => true,
        Cond::All(cs) | Cond::Any(cs) | Cond::NoneOf(cs) => {
            !cs.is_empty() && cs.iter().all(is_local)
        }
        _ => false,
    }
}

/// The instruction types a local condition can hold on (`None`: any).
fn keywords(c: &Cond) -> Option<BTreeSet<String>> {
    match c {
        Cond::Inst(p) => Some(BTreeSet::from([p.keyword.clone()])),
        Cond::Seq { inst, .. } => keywords(inst),
        Cond::Stage { .. } => Some(BTreeSet::from(["FROM".to_string()])),
        Cond::All(cs) => cs.iter().fold(None, |acc, c| match (acc, keywords(c)) {
            (None, k) => k,
            (a, None) => a,
            (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
        }),
        Cond::Any(cs) => {
            let mut out = BTreeSet::new();
            for c in cs {
                out.extend(keywords(c)?);
            }
            Some(out)
        }
        _ => None,
    }
}

fn image_matches(pattern: &ImagePattern, img: &dockerfile::ImageRef) -> bool {
    pattern.matches(&img.name, img.short_name(), img.effective_tag())
}

/// `EXPOSE 80 443/tcp 8000-8010/udp` → `(low, high, protocol)`; unparseable entries are skipped.
fn expose_ports(v: &str) -> Vec<(f64, f64, String)> {
    v.split_whitespace()
        .filter_map(|p| {
            let (range, proto) = match p.split_once('/') {
                Some((r, proto)) => (r, proto.to_ascii_lowercase()),
                None => (p, "tcp".to_string()),
            };
            let (lo, hi) = compose::port_range(range)?;
            Some((lo as f64, hi as f64, proto))
        })
        .collect()
}

fn flag_seconds(ins: &dockerfile::Instruction, name: &str) -> Option<f64> {
    ins.flag(name)
        .and_then(|f| f.value.as_deref())
        .and_then(duration)
}

fn is_absolute(path: &str) -> bool {
    let p = path.trim_matches(['"', '\'']);
    let b = p.as_bytes();
    p.starts_with('/')
        || p.starts_with('\\')
        || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':')
}

// ---------------------------------------------------------------------------------------------------
// Files

/// The result of checking one container file.
#[derive(Debug, Default)]
pub struct FileResult {
    pub findings: Vec<Finding>,
    pub warnings: Vec<Diagnostic>,
    /// `(line, text)` of comments, for fixture expectations.
    pub comments: Vec<(u32, String)>,
    /// Suppression comments and the lines they cover.
    pub suppressions: Vec<Directive>,
}

/// Parses and checks one Dockerfile or compose file held in memory.
pub fn check_text(
    path: &str,
    language: Language,
    text: &str,
    rules: &ContainerRules,
) -> FileResult {
    let warn = |line: u32, column: u32, message: String| Diagnostic {
        path: path.to_string(),
        line: Some(line),
        column: Some(column),
        message,
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut out = FileResult::default();
    match language {
        Language::Dockerfile => {
            let df = dockerfile::parse(text);
            out.warnings.extend(
                df.problems
                    .iter()
                    .map(|p| warn(p.line, p.column, p.message.clone())),
            );
            if df.instructions.is_empty() {
                out.warnings.push(Diagnostic {
                    path: path.to_string(),
                    line: None,
                    column: None,
                    message: "empty Dockerfile: no instructions".into(),
                });
            } else if df.stages.is_empty() {
                out.warnings.push(warn(
                    1,
                    1,
                    "no FROM instruction: not a buildable Dockerfile".into(),
                ));
            }
            let docker = Docker::new(&df);
            out.suppressions = directives(&df.comments, &lines, &|_| None);
            for rule in &rules.dockerfile {
                for hit in docker.eval(&rule.cond, Scope::File) {
                    let ins = match hit {
                        Hit::Instruction(i) => &df.instructions[i],
                        Hit::Stage(s) => &df.instructions[df.stages[s].from],
                    };
                    let function = ins.stage.and_then(|s| df.stages[s].name.clone());
                    let range = (ins.line, ins.column, ins.end_line, ins.end_column);
                    out.findings
                        .push(finding(path, &rule.rule, range, &lines, function, None));
                }
            }
            out.comments = df.comments;
        }
        Language::Compose => {
            let file = compose::parse(text);
            out.warnings.extend(
                file.problems
                    .iter()
                    .map(|p| warn(p.line, p.column, p.message.clone())),
            );
            if file.yaml.root.is_none() && file.problems.is_empty() {
                out.warnings.push(Diagnostic {
                    path: path.to_string(),
                    line: None,
                    column: None,
                    message: "empty compose file".into(),
                });
            }
            out.suppressions = directives(&file.comments, &lines, &|_| None);
            let y = &file.yaml;
            for rule in &rules.compose {
                for svc in &file.services {
                    for node in service_eval(&rule.cond, &file, svc) {
                        let n = y.node(node);
                        let (mut end_line, mut end_column) = (n.end_line, n.end_column);
                        // A block node's span ends at the start of the next line.
                        if end_line > n.line && end_column <= 1 {
                            end_line -= 1;
                            end_column = lines
                                .get(end_line as usize - 1)
                                .map_or(1, |l| l.trim_end().chars().count() as u32 + 1);
                        }
                        if node == svc.key {
                            end_line = n.line;
                        }
                        out.findings.push(finding(
                            path,
                            &rule.rule,
                            (n.line, n.column, end_line, end_column),
                            &lines,
                            Some(svc.name.clone()),
                            Some(&svc.name),
                        ));
                    }
                }
            }
            out.comments = file.comments;
        }
        Language::Python | Language::Go => {}
    }
    out
}

fn finding(
    path: &str,
    rule: &Rule,
    (line, column, end_line, end_column): (u32, u32, u32, u32),
    lines: &[&str],
    function: Option<String>,
    service: Option<&str>,
) -> Finding {
    let snippet = (line..=end_line.min(line + 19))
        .filter_map(|l| lines.get(l as usize - 1).copied())
        .collect::<Vec<_>>()
        .join("\n");
    let location = Location {
        file: path.to_string(),
        line,
        column,
        end_line,
        end_column,
    };
    let mut f = crate::pattern_finding(rule, location, snippet.clone(), snippet);
    if let Some(s) = service {
        f.message = format!("{} (service `{s}`)", rule.message);
    }
    f.function = function;
    f
}
