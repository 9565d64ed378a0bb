//! The SDK surface: its modules and names, call signatures, and what each call builds
//! (rule-dsl.md §1–§5).

use std::cell::RefCell;
use std::rc::Rc;

use ruff_text_size::TextRange;
use serde_json::{json, Map, Value as Json};

use super::interp::{
    Arg, Call, Decorator, Function, Interpreter, LegacyRule, QueryClass, Registered,
};
use super::json::object;
use super::matchers::{constraint, has_wildcard, CallMatcher, Code, Dataflow, MethodMatcher, Node};
use super::value::{nest, Doc, Key, Seq, Value};
use super::{fail, Eval, Family, RuleRecord};

mod call;
mod record;
use record::*;

pub(super) const ROOT: &str = "codepathfinder";
const GO_RULE_MODULE: &str = "codepathfinder.go_rule";
const CONTAINER_MATCHERS: &str = "codepathfinder.container_matchers";

/// Importable modules and the names each exports (rule-dsl.md §1).
const MODULES: &[(&str, &[&str])] = &[
    (
        ROOT,
        &[
            "calls",
            "variable",
            "attribute",
            "flows",
            "propagates",
            "PropagationPresets",
            "And",
            "Or",
            "Not",
            "QueryType",
            "lt",
            "gt",
            "lte",
            "gte",
            "regex",
            "missing",
            // pathfinder extensions (not in the reference SDK)
            "dynamic",
            "not_constant",
            "formatted",
            "instance_of",
            "rule",
            "set_default_propagation",
            "set_default_scope",
            "Sources",
        ],
    ),
    ("codepathfinder.python_decorators", &["python_rule"]),
    ("codepathfinder.presets", &["PropagationPresets", "Sources"]),
    (
        "codepathfinder.qualifiers",
        &[
            "lt",
            "gt",
            "lte",
            "gte",
            "regex",
            "missing",
            "dynamic",
            "not_constant",
            "formatted",
        ],
    ),
    ("codepathfinder.go_decorators", &["go_rule"]),
    // Plus the Go catalog, see `GO_CATALOG`.
    (GO_RULE_MODULE, &["QueryType"]),
    (
        "codepathfinder.container_decorators",
        &["dockerfile_rule", "compose_rule"],
    ),
    (
        CONTAINER_MATCHERS,
        &["instruction", "missing", "service_has", "service_missing"],
    ),
    (
        "codepathfinder.container_combinators",
        &[
            "all_of",
            "any_of",
            "none_of",
            "instruction_after",
            "instruction_before",
            "stage",
            "final_stage_has",
        ],
    ),
    ("codepathfinder.container_programmatic", &["custom_check"]),
    ("codepathfinder.decorators", &["rule"]),
    (
        "codepathfinder.matchers",
        &["calls", "variable", "attribute"],
    ),
    ("codepathfinder.dataflow", &["flows"]),
    ("codepathfinder.logic", &["And", "Or", "Not"]),
    ("codepathfinder.query_type", &["QueryType"]),
    ("codepathfinder.propagation", &["propagates"]),
    (
        "codepathfinder.config",
        &["set_default_propagation", "set_default_scope"],
    ),
];

/// A `QueryType` class of the Go catalog; all have `match_subclasses = False`.
pub(super) struct GoType {
    pub name: &'static str,
    pub fqns: &'static [&'static str],
    pub patterns: &'static [&'static str],
}

const fn go(
    name: &'static str,
    fqns: &'static [&'static str],
    patterns: &'static [&'static str],
) -> GoType {
    GoType {
        name,
        fqns,
        patterns,
    }
}

/// `codepathfinder.go_rule` (rule-dsl.md §4).
const GO_CATALOG: &[GoType] = &[
    go("GoHTTPRequest", &["net/http.Request"], &["*.Request"]),
    go(
        "GoHTTPClient",
        &["net/http.Client", "net/http"],
        &["http.Client"],
    ),
    go(
        "GoHTTPResponseWriter",
        &["net/http.ResponseWriter"],
        &["*.ResponseWriter"],
    ),
    go(
        "GoSQLDB",
        &["database/sql.DB", "database/sql.Tx", "database/sql.Stmt"],
        &["*.DB", "*.Tx"],
    ),
    go("GoOS", &["os", "os.File"], &["os.*"]),
    go("GoOSExec", &["os/exec", "os/exec.Cmd"], &["exec.*"]),
    go("GoFmt", &["fmt"], &["fmt.*"]),
    go("GoIO", &["io"], &["io.*"]),
    go("GoFilepath", &["path/filepath"], &["filepath.*"]),
    go("GoStrconv", &["strconv"], &["strconv.*"]),
    go(
        "GoJSON",
        &["encoding/json", "encoding/json.Decoder"],
        &["json.*"],
    ),
    go(
        "GoTemplate",
        &["html/template.Template", "text/template.Template"],
        &["*.Template"],
    ),
    go("GoContext", &["context.Context"], &["*.Context"]),
    go(
        "GoCrypto",
        &[
            "crypto/sha256",
            "crypto/sha512",
            "crypto/hmac",
            "crypto/aes",
        ],
        &["sha256.*", "sha512.*", "hmac.*"],
    ),
    go("GoGormDB", &["gorm.io/gorm.DB"], &["*.DB"]),
    go(
        "GoGinContext",
        &["github.com/gin-gonic/gin.Context"],
        &["*.Context"],
    ),
    go(
        "GoEchoContext",
        &["github.com/labstack/echo/v4.Context"],
        &["*.Context"],
    ),
    go(
        "GoFiberCtx",
        &["github.com/gofiber/fiber/v2.Ctx"],
        &["*.Ctx"],
    ),
    go(
        "GoGRPCServerTransportStream",
        &["google.golang.org/grpc.ServerTransportStream"],
        &["*.ServerTransportStream"],
    ),
    go(
        "GoPgxConn",
        &[
            "github.com/jackc/pgx/v5.Conn",
            "github.com/jackc/pgx/v5/pgxpool.Pool",
        ],
        &["*.Conn", "*.Pool"],
    ),
    go(
        "GoSqlxDB",
        &["github.com/jmoiron/sqlx.DB", "github.com/jmoiron/sqlx.Tx"],
        &["*.DB", "*.Tx"],
    ),
    go(
        "GoRedisClient",
        &["github.com/redis/go-redis/v9.Client"],
        &["*.Client"],
    ),
    go(
        "GoMongoCollection",
        &[
            "go.mongodb.org/mongo-driver/mongo.Collection",
            "go.mongodb.org/mongo-driver/mongo.Client",
        ],
        &["*.Collection", "*.Client"],
    ),
    go(
        "GoJWTToken",
        &["github.com/golang-jwt/jwt/v5.Token"],
        &["*.Token"],
    ),
    go(
        "GoGorillaMuxRouter",
        &["github.com/gorilla/mux.Router"],
        &["*.Router"],
    ),
    go(
        "GoRestyClient",
        &[
            "github.com/go-resty/resty/v2.Client",
            "github.com/go-resty/resty/v2.Request",
        ],
        &["*.Client", "*.Request"],
    ),
    go(
        "GoChiRouter",
        &[
            "github.com/go-chi/chi/v5.Router",
            "github.com/go-chi/chi/v5.Mux",
        ],
        &["*.Router", "*.Mux"],
    ),
    go(
        "GoViperConfig",
        &["github.com/spf13/viper.Viper"],
        &["*.Viper"],
    ),
    go(
        "GoYAMLDecoder",
        &["gopkg.in/yaml.v3.Decoder"],
        &["*.Decoder"],
    ),
];

/// What a module name refers to.
pub(super) enum Export {
    Builtin(Builtin),
    QueryType,
    GoType(&'static GoType),
    Module(&'static str),
}

pub(super) fn find_module(path: &str) -> Option<&'static str> {
    MODULES
        .iter()
        .map(|(module, _)| *module)
        .find(|module| *module == path)
}

/// What `from <module> import <name>` (or `<module>.<name>`) gives.
pub(super) fn export(module: &str, name: &str) -> Option<Export> {
    let (_, names) = MODULES.iter().find(|(known, _)| *known == module)?;
    if names.contains(&name) {
        return Some(match name {
            "QueryType" => Export::QueryType,
            // The Dockerfile matcher, not the argument qualifier of the same name.
            "missing" if module == CONTAINER_MATCHERS => {
                Export::Builtin(Builtin::MissingInstruction)
            }
            _ => Export::Builtin(Builtin::from_name(name)?),
        });
    }
    if module == GO_RULE_MODULE {
        if let Some(go_type) = GO_CATALOG.iter().find(|go_type| go_type.name == name) {
            return Some(Export::GoType(go_type));
        }
    }
    // Like Python, `from codepathfinder import go_rule` falls back to importing the submodule.
    find_module(&format!("{module}.{name}")).map(Export::Module)
}

/// The names `from <module> import *` binds.
pub(super) fn exported_names(module: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = MODULES
        .iter()
        .find(|(known, _)| *known == module)
        .map(|(_, names)| names.to_vec())
        .unwrap_or_default();
    if module == GO_RULE_MODULE {
        names.extend(GO_CATALOG.iter().map(|go_type| go_type.name));
    }
    names
}

/// An SDK function or namespace class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Builtin {
    Calls,
    Variable,
    Attribute,
    Flows,
    And,
    Or,
    Not,
    Lt,
    Gt,
    Lte,
    Gte,
    Regex,
    Missing,
    Dynamic,
    NotConstant,
    Formatted,
    InstanceOf,
    Rule,
    SetDefaultPropagation,
    SetDefaultScope,
    Propagates,
    PropagationPresets,
    /// pathfinder extension: `Sources.flask_request()` etc., each framework's taint sources.
    Sources,
    PythonRule,
    GoRule,
    DockerfileRule,
    ComposeRule,
    Instruction,
    MissingInstruction,
    ServiceHas,
    ServiceMissing,
    AllOf,
    AnyOf,
    NoneOf,
    InstructionAfter,
    InstructionBefore,
    Stage,
    FinalStageHas,
    CustomCheck,
}

const BUILTIN_NAMES: &[(&str, Builtin)] = &[
    ("calls", Builtin::Calls),
    ("variable", Builtin::Variable),
    ("attribute", Builtin::Attribute),
    ("flows", Builtin::Flows),
    ("And", Builtin::And),
    ("Or", Builtin::Or),
    ("Not", Builtin::Not),
    ("lt", Builtin::Lt),
    ("gt", Builtin::Gt),
    ("lte", Builtin::Lte),
    ("gte", Builtin::Gte),
    ("regex", Builtin::Regex),
    ("missing", Builtin::Missing),
    ("dynamic", Builtin::Dynamic),
    ("not_constant", Builtin::NotConstant),
    ("formatted", Builtin::Formatted),
    ("instance_of", Builtin::InstanceOf),
    ("rule", Builtin::Rule),
    ("set_default_propagation", Builtin::SetDefaultPropagation),
    ("set_default_scope", Builtin::SetDefaultScope),
    ("propagates", Builtin::Propagates),
    ("PropagationPresets", Builtin::PropagationPresets),
    ("Sources", Builtin::Sources),
    ("python_rule", Builtin::PythonRule),
    ("go_rule", Builtin::GoRule),
    ("dockerfile_rule", Builtin::DockerfileRule),
    ("compose_rule", Builtin::ComposeRule),
    ("instruction", Builtin::Instruction),
    ("service_has", Builtin::ServiceHas),
    ("service_missing", Builtin::ServiceMissing),
    ("all_of", Builtin::AllOf),
    ("any_of", Builtin::AnyOf),
    ("none_of", Builtin::NoneOf),
    ("instruction_after", Builtin::InstructionAfter),
    ("instruction_before", Builtin::InstructionBefore),
    ("stage", Builtin::Stage),
    ("final_stage_has", Builtin::FinalStageHas),
    ("custom_check", Builtin::CustomCheck),
];

/// `propagates.<kind>()`, in `PropagationPresets.standard()` order.
const PROPAGATION_KINDS: [&str; 5] = [
    "assignment",
    "function_args",
    "function_returns",
    "string_concat",
    "string_format",
];

const PRESETS: [&str; 4] = ["minimal", "standard", "comprehensive", "exhaustive"];

const CODE_RULE_PARAMS: &[&str] = &[
    "id", "name", "severity", "category", "cwe", "cve", "tags", "message", "owasp",
];

/// Container rules take no `owasp`.
const CONTAINER_RULE_PARAMS: &[&str] = &[
    "id", "name", "severity", "category", "cwe", "cve", "tags", "message",
];

const INSTRUCTION_PARAMS: &[&str] = &[
    "type",
    "base_image",
    "image_tag",
    "image_tag_regex",
    "missing_digest",
    "user_name",
    "user_name_regex",
    "port",
    "port_less_than",
    "port_greater_than",
    "protocol",
    "arg_name",
    "arg_name_regex",
    "copy_from",
    "chown",
    "missing_flag",
    "healthcheck_interval_less_than",
    "healthcheck_timeout_greater_than",
    "healthcheck_retries_greater_than",
    "label_key",
    "label_value_regex",
    "command_form",
    "workdir_not_absolute",
    "signal_not_in",
    "contains",
    "not_contains",
    "regex",
    "not_regex",
    "validate",
];

const SERVICE_HAS_PARAMS: &[&str] = &[
    "key",
    "equals",
    "not_equals",
    "contains",
    "not_contains",
    "contains_any",
    "regex",
    "env_name_regex",
    "env_value_regex",
    "volume_type",
    "source_regex",
    "target_regex",
    "published_port_less_than",
];

impl Builtin {
    fn from_name(name: &str) -> Option<Builtin> {
        BUILTIN_NAMES
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, builtin)| *builtin)
    }

    fn name(self) -> &'static str {
        match self {
            Builtin::MissingInstruction => "missing",
            _ => BUILTIN_NAMES
                .iter()
                .find(|(_, builtin)| *builtin == self)
                .map_or("?", |(name, _)| name),
        }
    }

    /// `propagates.assignment`, `PropagationPresets.standard`, …
    pub fn static_method(self, attr: &str) -> Option<&'static str> {
        let methods: &[&'static str] = match self {
            Builtin::Propagates => &PROPAGATION_KINDS,
            Builtin::PropagationPresets => &PRESETS,
            Builtin::Sources => return super::presets::preset_name(attr),
            _ => &[],
        };
        methods.iter().find(|method| **method == attr).copied()
    }

    /// The Python signature; `None` for the namespace classes, which are not called.
    fn sig(self) -> Option<Sig> {
        let name = self.name();
        Some(match self {
            Builtin::Calls => Sig::star(name, &["match_position", "match_name"]),
            Builtin::Attribute
            | Builtin::And
            | Builtin::Or
            | Builtin::AllOf
            | Builtin::AnyOf
            | Builtin::NoneOf => Sig::star(name, &[]),
            // pathfinder extension: `decorated_by=` limits the match to parameters of functions carrying a
            // decorator call that one of the given matchers matches (route handlers).
            Builtin::Variable => Sig::fixed(name, &["pattern", "decorated_by"], 1),
            Builtin::Flows => Sig::fixed(
                name,
                &[
                    "from_sources",
                    "to_sinks",
                    "sanitized_by",
                    "propagates_through",
                    "scope",
                    // pathfinder extensions
                    "guards",
                    "return_sinks",
                    "return_fields",
                ],
                2,
            ),
            Builtin::Not => Sig::fixed(name, &["matcher"], 1),
            Builtin::Lt | Builtin::Gt | Builtin::Lte | Builtin::Gte => Sig::fixed(name, &["n"], 1),
            Builtin::InstanceOf => Sig::fixed(name, &["classes"], 1),
            Builtin::Regex => Sig::fixed(name, &["pattern"], 1),
            Builtin::Missing | Builtin::Dynamic | Builtin::NotConstant | Builtin::Formatted => {
                Sig::fixed(name, &[], 0)
            }
            Builtin::Rule => Sig::fixed(name, &["id", "severity", "cwe", "owasp"], 2),
            Builtin::SetDefaultPropagation => Sig::fixed(name, &["primitives"], 1),
            Builtin::SetDefaultScope => Sig::fixed(name, &["scope"], 1),
            Builtin::Propagates | Builtin::PropagationPresets | Builtin::Sources => return None,
            Builtin::PythonRule | Builtin::GoRule => Sig::fixed(name, CODE_RULE_PARAMS, 1),
            Builtin::DockerfileRule | Builtin::ComposeRule => {
                Sig::fixed(name, CONTAINER_RULE_PARAMS, 1)
            }
            Builtin::Instruction => Sig::fixed(name, INSTRUCTION_PARAMS, 1),
            Builtin::MissingInstruction => Sig::fixed(name, &["instruction", "label_key"], 1),
            Builtin::ServiceHas => Sig::fixed(name, SERVICE_HAS_PARAMS, 1),
            Builtin::ServiceMissing => Sig::fixed(name, &["key", "value_contains"], 1),
            Builtin::InstructionAfter => {
                Sig::fixed(name, &["instruction", "after", "not_followed_by"], 2)
            }
            Builtin::InstructionBefore => {
                Sig::fixed(name, &["instruction", "before", "not_followed_by"], 2)
            }
            Builtin::Stage => Sig::fixed(name, &["alias", "base_image", "is_final"], 0),
            Builtin::FinalStageHas => Sig::fixed(name, &["instruction", "missing_instruction"], 0),
            Builtin::CustomCheck => Sig::fixed(name, &["check", "description"], 1),
        })
    }
}

/// The rule decorators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RuleKind {
    Python,
    Go,
    Dockerfile,
    Compose,
    Legacy,
}

impl RuleKind {
    fn family(self) -> Family {
        match self {
            RuleKind::Python => Family::Python,
            RuleKind::Go => Family::Go,
            RuleKind::Legacy => Family::Legacy,
            RuleKind::Dockerfile | RuleKind::Compose => Family::Container,
        }
    }
}

/// A Python signature: positional-or-keyword parameters (the first `required` have no default), an
/// optional `*args`, then keyword-only parameters (all defaulted).
struct Sig {
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    varargs: bool,
    kwonly: &'static [&'static str],
}

impl Sig {
    const fn fixed(name: &'static str, params: &'static [&'static str], required: usize) -> Sig {
        Sig {
            name,
            params,
            required,
            varargs: false,
            kwonly: &[],
        }
    }

    const fn star(name: &'static str, kwonly: &'static [&'static str]) -> Sig {
        Sig {
            name,
            params: &[],
            required: 0,
            varargs: true,
            kwonly,
        }
    }
}

/// Call arguments bound to a signature's parameters, as Python binds them.
pub(super) struct Bound<'a> {
    names: Vec<&'static str>,
    slots: Vec<Option<Arg<'a>>>,
    /// What `*args` collected.
    rest: Vec<Arg<'a>>,
    range: TextRange,
}

impl<'a> Bound<'a> {
    fn get(&self, name: &str) -> Option<&Arg<'a>> {
        let index = self.names.iter().position(|known| *known == name)?;
        self.slots.get(index)?.as_ref()
    }

    /// The argument, unless absent or `None` (the SDK's "omitted").
    fn given(&self, name: &str) -> Option<&Arg<'a>> {
        self.get(name).filter(|arg| !arg.value.is_none())
    }

    /// A required parameter, which `bind` has checked is present.
    fn required(&self, name: &str) -> Eval<&Arg<'a>> {
        match self.get(name) {
            Some(arg) => Ok(arg),
            None => fail(self.range, format!("missing required argument '{name}'")),
        }
    }

    fn params(&self) -> impl Iterator<Item = (&'static str, Option<&Arg<'a>>)> + '_ {
        self.names
            .iter()
            .copied()
            .zip(self.slots.iter().map(Option::as_ref))
    }

    fn depth(&self) -> u32 {
        self.slots
            .iter()
            .flatten()
            .chain(&self.rest)
            .map(|arg| arg.value.depth())
            .max()
            .unwrap_or(0)
    }
}

fn bind<'a>(sig: &Sig, call: Call<'a>) -> Eval<Bound<'a>> {
    let names: Vec<&'static str> = sig.params.iter().chain(sig.kwonly).copied().collect();
    let mut slots: Vec<Option<Arg<'a>>> = vec![None; names.len()];
    let mut rest = Vec::new();
    let given = call.positional.len();
    for (index, arg) in call.positional.into_iter().enumerate() {
        if index < sig.params.len() {
            slots[index] = Some(arg);
        } else if sig.varargs {
            rest.push(arg);
        } else {
            let count = sig.params.len();
            let plural = if count == 1 { "" } else { "s" };
            return fail(
                arg.range,
                format!(
                    "{}() takes at most {count} positional argument{plural} ({given} given)",
                    sig.name
                ),
            );
        }
    }
    for keyword in call.keywords {
        let Some(index) = names.iter().position(|name| *name == keyword.name) else {
            return fail(
                keyword.range,
                format!(
                    "{}() got an unexpected keyword argument '{}'",
                    sig.name, keyword.name
                ),
            );
        };
        if slots[index].is_some() {
            return fail(
                keyword.range,
                format!(
                    "{}() got multiple values for argument '{}'",
                    sig.name, keyword.name
                ),
            );
        }
        slots[index] = Some(keyword.arg);
    }
    if let Some(missing) = (0..sig.required).find(|&index| slots[index].is_none()) {
        return fail(
            call.range,
            format!(
                "{}() missing required argument '{}'",
                sig.name, names[missing]
            ),
        );
    }
    Ok(Bound {
        names,
        slots,
        rest,
        range: call.range,
    })
}
