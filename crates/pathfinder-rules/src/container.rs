//! The typed IR of container rules (`@dockerfile_rule`, `@compose_rule`): the condition tree a rule's
//! JSON `matcher` compiles to, checked when the rule is loaded. Unknown parameters and Python callables are
//! refused with a reason, never ignored: a rule must not silently check less than it says. What each
//! condition means on a Dockerfile or compose model is the engine's (`pathfinder-engine/src/container.rs`).

use regex::Regex;
use serde_json::{Map, Value as Json};

/// Why a container matcher cannot become a [`Cond`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContainerError {
    /// Something the static engine cannot run (a Python callable): the rule is skipped with a warning.
    Unsupported(String),
    /// The rule is wrong (a regex that does not compile): a load error at the rule's line.
    Invalid(String),
}

/// Compiles a container rule's JSON `matcher`.
pub fn compile(ir: &Json) -> Result<Cond, ContainerError> {
    compile_at(ir, 0).map_err(|reason| match reason.strip_prefix(INVALID_RULE) {
        Some(_) => ContainerError::Invalid(reason),
        None => ContainerError::Unsupported(reason),
    })
}

/// A container rule's condition tree (the `matcher` of `@dockerfile_rule` / `@compose_rule`).
#[derive(Debug, Clone)]
pub enum Cond {
    Inst(Box<InstPred>),
    Missing {
        keyword: String,
        label_key: Option<String>,
    },
    All(Vec<Cond>),
    Any(Vec<Cond>),
    NoneOf(Vec<Cond>),
    /// `instruction_after` (`after: true`) / `instruction_before`.
    Seq {
        inst: Box<Cond>,
        reference: Box<Cond>,
        after: bool,
        negate: bool,
    },
    Stage {
        alias: Option<String>,
        base_image: Option<ImagePattern>,
        is_final: Option<bool>,
    },
    FinalHas {
        instruction: Option<Box<Cond>>,
        missing: Option<String>,
    },
    Service(Box<ServicePred>),
    ServiceMissing {
        key: String,
        value_contains: Option<String>,
    },
}

/// `instruction(type, …)`: every check must hold on one instruction of that type.
#[derive(Debug, Clone)]
pub struct InstPred {
    pub keyword: String,
    pub checks: Vec<Check>,
}

/// One parameter of `instruction(…)`.
#[derive(Debug, Clone)]
pub enum Check {
    BaseImage(ImagePattern),
    ImageTag(String),
    ImageTagRegex(Regex),
    MissingDigest(bool),
    UserName(String),
    UserNameRegex(Regex),
    Port(f64),
    PortLessThan(f64),
    PortGreaterThan(f64),
    Protocol(String),
    ArgName(String),
    ArgNameRegex(Regex),
    CopyFrom(String),
    Chown(Json),
    MissingFlag(String),
    HealthcheckIntervalLessThan(f64),
    HealthcheckTimeoutGreaterThan(f64),
    HealthcheckRetriesGreaterThan(f64),
    Label {
        key: Option<String>,
        value: Option<Regex>,
    },
    CommandForm {
        exec: bool,
    },
    WorkdirNotAbsolute(bool),
    SignalNotIn(Vec<String>),
    Contains(String),
    NotContains(String),
    Regex(Regex),
    NotRegex(Regex),
}

/// `service_has(key, …)`: every given parameter must hold on the service's value.
#[derive(Debug, Clone, Default)]
pub struct ServicePred {
    pub key: String,
    pub equals: Option<Json>,
    pub not_equals: Option<Json>,
    pub contains: Option<String>,
    pub not_contains: Option<String>,
    pub contains_any: Vec<String>,
    pub regex: Option<Regex>,
    pub env_name: Option<Regex>,
    pub env_value: Option<Regex>,
    pub volume_type: Option<String>,
    pub source: Option<Regex>,
    pub target: Option<Regex>,
    pub published_port_less_than: Option<f64>,
}

/// Deeper IR than this is refused (user rules are data; keep evaluation bounded).
const MAX_DEPTH: u32 = 64;

fn compile_at(ir: &Json, depth: u32) -> Result<Cond, String> {
    if depth > MAX_DEPTH {
        return Err("container matcher nested too deeply".into());
    }
    let obj = ir
        .as_object()
        .ok_or_else(|| format!("container matcher is not an object: {ir}"))?;
    let ty = obj.get("type").and_then(Json::as_str).unwrap_or("");
    let list = |key: &str| -> Result<Vec<Cond>, String> {
        obj.get(key)
            .and_then(Json::as_array)
            .map(|a| a.iter().map(|c| compile_at(c, depth + 1)).collect())
            .unwrap_or_else(|| Ok(Vec::new()))
    };
    Ok(match ty {
        "instruction" => Cond::Inst(Box::new(instruction(obj)?)),
        "missing_instruction" => {
            only(obj, &["instruction", "label_key"])?;
            Cond::Missing {
                keyword: keyword(obj)?,
                label_key: text(obj, "label_key")?,
            }
        }
        "all_of" => Cond::All(list("conditions")?),
        "any_of" => Cond::Any(list("conditions")?),
        "none_of" => Cond::NoneOf(list("conditions")?),
        "instruction_after" | "instruction_before" => {
            let operand = |key: &str| -> Result<Box<Cond>, String> {
                match obj.get(key) {
                    // `{"instruction": "CMD"}`: any instruction of that type.
                    Some(Json::Object(o)) if !o.contains_key("type") => {
                        Ok(Box::new(Cond::Inst(Box::new(InstPred {
                            keyword: keyword(o)?,
                            checks: Vec::new(),
                        }))))
                    }
                    Some(v) => Ok(Box::new(compile_at(v, depth + 1)?)),
                    None => Err(format!("{ty} needs {key}")),
                }
            };
            Cond::Seq {
                inst: operand("instruction")?,
                reference: operand("reference")?,
                after: ty == "instruction_after",
                negate: obj
                    .get("not_followed_by")
                    .and_then(Json::as_bool)
                    .unwrap_or(false),
            }
        }
        "stage_query" => {
            only(obj, &["alias", "base_image", "is_final"])?;
            Cond::Stage {
                alias: text(obj, "alias")?.map(|a| a.to_ascii_lowercase()),
                base_image: text(obj, "base_image")?.map(|b| ImagePattern::new(&b)),
                is_final: obj.get("is_final").and_then(Json::as_bool),
            }
        }
        "stage_final_has" => {
            only(obj, &["instruction", "missing_instruction"])?;
            let instruction = match obj.get("instruction") {
                Some(Json::String(k)) => Some(Box::new(Cond::Inst(Box::new(InstPred {
                    keyword: k.to_ascii_uppercase(),
                    checks: Vec::new(),
                })))),
                Some(v) => Some(Box::new(compile_at(v, depth + 1)?)),
                None => None,
            };
            Cond::FinalHas {
                instruction,
                missing: text(obj, "missing_instruction")?.map(|k| k.to_ascii_uppercase()),
            }
        }
        "service_has" => Cond::Service(Box::new(service_has(obj)?)),
        "service_missing" => {
            only(obj, &["key", "value_contains"])?;
            Cond::ServiceMissing {
                key: text(obj, "key")?.ok_or("service_missing needs a key")?,
                value_contains: text(obj, "value_contains")?,
            }
        }
        "custom_function" | "programmatic" => {
            return Err("a Python callable in a container rule cannot run statically".into())
        }
        other => return Err(format!("unknown container matcher type {other:?}")),
    })
}

/// Refuses parameters we do not implement: a rule must never silently check less than it says.
fn only(obj: &Map<String, Json>, known: &[&str]) -> Result<(), String> {
    for k in obj.keys() {
        if k == "type" || known.contains(&k.as_str()) {
            continue;
        }
        if k == "has_custom_validate" {
            return Err("a validate= callable cannot run statically".into());
        }
        return Err(format!("parameter {k:?} is not supported"));
    }
    Ok(())
}

fn keyword(obj: &Map<String, Json>) -> Result<String, String> {
    obj.get("instruction")
        .and_then(Json::as_str)
        .map(|s| s.trim().to_ascii_uppercase())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| "an instruction type is required".into())
}

fn text(obj: &Map<String, Json>, key: &str) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(Json::Number(n)) => Ok(Some(n.to_string())),
        Some(Json::Bool(b)) => Ok(Some(b.to_string())),
        Some(v) => Err(format!("{key} must be a string, got {v}")),
    }
}

fn number(obj: &Map<String, Json>, key: &str) -> Result<f64, String> {
    match obj.get(key) {
        Some(Json::Number(n)) => n.as_f64().ok_or_else(|| format!("{key}: bad number")),
        Some(Json::String(s)) => s
            .trim()
            .parse()
            .map_err(|_| format!("{key} must be a number, got {s:?}")),
        Some(v) => Err(format!("{key} must be a number, got {v}")),
        None => Err(format!("{key} missing")),
    }
}

/// Starts the reason of a container rule that is wrong rather than unsupported (a bad regex).
pub const INVALID_RULE: &str = "invalid rule: ";

fn regex(obj: &Map<String, Json>, key: &str) -> Result<Regex, String> {
    let pattern = text(obj, key)?.unwrap_or_default();
    Regex::new(&pattern)
        .map_err(|e| format!("{INVALID_RULE}{key} {pattern:?} is not a supported regex: {e}"))
}

fn flag_true(obj: &Map<String, Json>, key: &str) -> bool {
    match obj.get(key) {
        Some(Json::Bool(b)) => *b,
        Some(Json::String(s)) => s.eq_ignore_ascii_case("true"),
        Some(Json::Number(n)) => n.as_f64() != Some(0.0),
        _ => false,
    }
}

fn instruction(obj: &Map<String, Json>) -> Result<InstPred, String> {
    let keyword = keyword(obj)?;
    let mut checks = Vec::new();
    for (k, v) in obj {
        if v.is_null() {
            continue;
        }
        let check = match k.as_str() {
            "type" | "instruction" | "label_value_regex" => continue,
            "base_image" => Check::BaseImage(ImagePattern::new(&text(obj, k)?.unwrap_or_default())),
            "image_tag" => Check::ImageTag(text(obj, k)?.unwrap_or_default()),
            "image_tag_regex" => Check::ImageTagRegex(regex(obj, k)?),
            "missing_digest" => Check::MissingDigest(flag_true(obj, k)),
            "user_name" => Check::UserName(text(obj, k)?.unwrap_or_default()),
            "user_name_regex" => Check::UserNameRegex(regex(obj, k)?),
            "port" => Check::Port(number(obj, k)?),
            "port_less_than" => Check::PortLessThan(number(obj, k)?),
            "port_greater_than" => Check::PortGreaterThan(number(obj, k)?),
            "protocol" => Check::Protocol(text(obj, k)?.unwrap_or_default().to_ascii_lowercase()),
            "arg_name" => Check::ArgName(text(obj, k)?.unwrap_or_default()),
            "arg_name_regex" => Check::ArgNameRegex(regex(obj, k)?),
            "copy_from" => Check::CopyFrom(text(obj, k)?.unwrap_or_default()),
            "chown" => Check::Chown(v.clone()),
            "missing_flag" => Check::MissingFlag(
                text(obj, k)?
                    .unwrap_or_default()
                    .trim_start_matches('-')
                    .to_ascii_lowercase(),
            ),
            "healthcheck_interval_less_than" => {
                Check::HealthcheckIntervalLessThan(duration_json(v).ok_or("bad interval")?)
            }
            "healthcheck_timeout_greater_than" => {
                Check::HealthcheckTimeoutGreaterThan(duration_json(v).ok_or("bad timeout")?)
            }
            "healthcheck_retries_greater_than" => {
                Check::HealthcheckRetriesGreaterThan(number(obj, k)?)
            }
            "label_key" => Check::Label {
                key: text(obj, k)?,
                value: match obj.get("label_value_regex") {
                    Some(Json::Null) | None => None,
                    Some(_) => Some(regex(obj, "label_value_regex")?),
                },
            },
            "command_form" => match text(obj, k)?.unwrap_or_default().as_str() {
                "exec" | "json" => Check::CommandForm { exec: true },
                "shell" => Check::CommandForm { exec: false },
                other => return Err(format!("command_form must be shell or exec, got {other:?}")),
            },
            "workdir_not_absolute" => Check::WorkdirNotAbsolute(flag_true(obj, k)),
            "signal_not_in" => Check::SignalNotIn(
                v.as_array()
                    .ok_or("signal_not_in must be a list")?
                    .iter()
                    .map(|s| signal(&json_text(s)))
                    .collect(),
            ),
            "contains" => Check::Contains(text(obj, k)?.unwrap_or_default()),
            "not_contains" => Check::NotContains(text(obj, k)?.unwrap_or_default()),
            "regex" => Check::Regex(regex(obj, k)?),
            "not_regex" => Check::NotRegex(regex(obj, k)?),
            "has_custom_validate" => {
                return Err("a validate= callable cannot run statically".into())
            }
            other => return Err(format!("instruction parameter {other:?} is not supported")),
        };
        checks.push(check);
    }
    if obj.get("label_value_regex").is_some_and(|v| !v.is_null())
        && !checks.iter().any(|c| matches!(c, Check::Label { .. }))
    {
        checks.push(Check::Label {
            key: None,
            value: Some(regex(obj, "label_value_regex")?),
        });
    }
    Ok(InstPred { keyword, checks })
}

fn service_has(obj: &Map<String, Json>) -> Result<ServicePred, String> {
    let mut p = ServicePred {
        key: text(obj, "key")?.ok_or("service_has needs a key")?,
        ..ServicePred::default()
    };
    for (k, v) in obj {
        if v.is_null() {
            continue;
        }
        match k.as_str() {
            "type" | "key" => {}
            "equals" => p.equals = Some(v.clone()),
            "not_equals" => p.not_equals = Some(v.clone()),
            "contains" => p.contains = text(obj, k)?,
            "not_contains" => p.not_contains = text(obj, k)?,
            "contains_any" => {
                p.contains_any = match v {
                    Json::Array(a) => a.iter().map(json_text).collect(),
                    other => vec![json_text(other)],
                }
            }
            "regex" => p.regex = Some(regex(obj, k)?),
            "env_name_regex" => p.env_name = Some(regex(obj, k)?),
            "env_value_regex" => p.env_value = Some(regex(obj, k)?),
            "volume_type" => p.volume_type = text(obj, k)?,
            "source_regex" => p.source = Some(regex(obj, k)?),
            "target_regex" => p.target = Some(regex(obj, k)?),
            "published_port_less_than" => p.published_port_less_than = Some(number(obj, k)?),
            other => return Err(format!("service_has parameter {other:?} is not supported")),
        }
    }
    Ok(p)
}

/// A JSON value as text: strings without quotes.
pub fn json_text(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn duration_json(v: &Json) -> Option<f64> {
    match v {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => duration(s),
        _ => None,
    }
}

/// Docker durations in seconds: `30s`, `1m30s`, `500ms`, `1h`; a bare number is seconds.
pub fn duration(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<f64>() {
        return Some(n);
    }
    let mut total = 0.0;
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let n: f64 = rest[..end].parse().ok()?;
        rest = &rest[end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let factor = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * factor;
        rest = &rest[unit_end..];
    }
    Some(total)
}

/// A signal name without its `SIG` prefix, upper case.
pub fn signal(s: &str) -> String {
    let s = s.trim().to_ascii_uppercase();
    s.strip_prefix("SIG").map(str::to_string).unwrap_or(s)
}

/// A base-image pattern from a rule (`ubuntu`, `*/python`, `ubuntu:22.04`), compiled once: a name with
/// `*` for any run of characters (case-insensitive), and the tag it names, if any.
#[derive(Debug, Clone)]
pub struct ImagePattern {
    name: String,
    /// Set when the name has a `*`.
    wildcard: Option<Regex>,
    tag: Option<String>,
}

impl ImagePattern {
    pub fn new(want: &str) -> ImagePattern {
        let want = want.trim();
        let want = want.split('@').next().unwrap_or(want);
        // `ubuntu:22.04` as a base image names a tag too.
        let (name, tag) = match want.rfind(':') {
            Some(p) if !want[p..].contains('/') => (&want[..p], Some(want[p + 1..].to_string())),
            _ => (want, None),
        };
        // Escaped parts always compile; were they not to, the literal name (with its `*`) matches nothing.
        let wildcard = name.contains('*').then(|| {
            let escaped: Vec<String> = name.split('*').map(regex::escape).collect();
            Regex::new(&format!("(?i)^{}$", escaped.join(".*"))).ok()
        });
        ImagePattern {
            name: name.to_string(),
            wildcard: wildcard.flatten(),
            tag,
        }
    }

    /// Whether an image reference matches: its full or short name (`library/python` or `python`), and
    /// the tag Docker would pull (`effective_tag`) when the pattern names one.
    pub fn matches(&self, name: &str, short_name: &str, effective_tag: Option<&str>) -> bool {
        let name_matches = |text: &str| match &self.wildcard {
            Some(re) => re.is_match(text),
            None => self.name.eq_ignore_ascii_case(text),
        };
        (name_matches(name) || name_matches(short_name))
            && self.tag.as_deref().is_none_or(|t| effective_tag == Some(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_matcher_compiles_to_its_condition_tree() {
        let ir = json!({"type": "all_of", "conditions": [
            {"type": "instruction", "instruction": "run", "contains": "apt-get install"},
            {"type": "missing_instruction", "instruction": "USER"},
        ]});
        let Ok(Cond::All(parts)) = compile(&ir) else {
            panic!("not all_of");
        };
        assert!(matches!(&parts[0], Cond::Inst(p) if p.keyword == "RUN"
            && matches!(&p.checks[..], [Check::Contains(t)] if t == "apt-get install")));
        assert!(
            matches!(&parts[1], Cond::Missing { keyword, label_key: None } if keyword == "USER")
        );
    }

    #[test]
    fn wrong_rules_are_invalid_and_callables_unsupported() {
        let bad = json!({"type": "instruction", "instruction": "RUN", "regex": "(?=x)"});
        assert!(
            matches!(compile(&bad), Err(ContainerError::Invalid(r)) if r.starts_with(INVALID_RULE) && r.contains("regex"))
        );
        let callable = json!({"type": "custom_function"});
        assert!(
            matches!(compile(&callable), Err(ContainerError::Unsupported(r)) if r.contains("callable"))
        );
        let unknown = json!({"type": "service_has", "key": "x", "frobnicate": 1});
        assert_eq!(
            compile(&unknown).unwrap_err(),
            ContainerError::Unsupported(
                "service_has parameter \"frobnicate\" is not supported".into()
            )
        );
        let mut deep = json!({"type": "instruction", "instruction": "RUN"});
        for _ in 0..100 {
            deep = json!({"type": "any_of", "conditions": [deep]});
        }
        assert!(
            matches!(compile(&deep), Err(ContainerError::Unsupported(r)) if r.contains("deeply"))
        );
    }

    #[test]
    fn image_patterns_match_names_wildcards_and_tags() {
        let p = ImagePattern::new("*/python:3.12");
        assert!(
            p.matches("docker.io/library/python", "python", Some("3.12"))
                || p.matches("library/python", "python", Some("3.12"))
        );
        assert!(!p.matches("library/python", "python", Some("latest")));
        let plain = ImagePattern::new("Ubuntu");
        assert!(plain.matches("ubuntu", "ubuntu", Some("latest")));
        assert!(!plain.matches("debian", "debian", None));
    }
}
