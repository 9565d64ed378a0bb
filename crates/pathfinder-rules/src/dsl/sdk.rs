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

impl<'a> Interpreter<'a> {
    pub fn call_builtin(&mut self, builtin: Builtin, call: Call<'a>) -> Eval<Value<'a>> {
        let range = call.range;
        let Some(sig) = builtin.sig() else {
            return fail(
                range,
                format!("'{}' is not called: use one of its methods", builtin.name()),
            );
        };
        let args = bind(&sig, call)?;
        match builtin {
            Builtin::Calls => self.calls(&args, range),
            Builtin::Variable => {
                let pattern = non_empty_str(
                    args.required("pattern")?,
                    "variable() requires a non-empty string pattern",
                )?;
                let mut ir = json!({ "type": "variable_matcher", "pattern": pattern, "wildcard": pattern.contains('*') });
                if let Some(arg) = args.given("decorated_by") {
                    let decorators = matchers(arg)?
                        .iter()
                        .map(|m| m.to_ir(&self.budget, arg.range))
                        .collect::<Eval<Vec<Json>>>()?;
                    if decorators.is_empty() {
                        return fail(arg.range, "decorated_by needs at least one call matcher");
                    }
                    ir["decorated_by"] = Json::Array(decorators);
                }
                Ok(Value::Code(Code::fixed("VariableMatcher", ir)))
            }
            Builtin::Attribute => {
                if args.rest.is_empty() {
                    return fail(range, "attribute() requires at least one pattern");
                }
                let patterns = non_empty_strs(&args.rest)?;
                let ir = json!({ "type": "attribute_matcher", "patterns": patterns });
                Ok(Value::Code(Code::fixed("AttributeMatcher", ir)))
            }
            Builtin::Flows => self.flows(&args, range),
            Builtin::And | Builtin::Or => {
                if args.rest.len() < 2 {
                    return fail(
                        range,
                        format!("{}() requires at least 2 matchers", builtin.name()),
                    );
                }
                let operands = args.rest.iter().map(matcher).collect::<Eval<_>>()?;
                let ir_type = if builtin == Builtin::And {
                    "logic_and"
                } else {
                    "logic_or"
                };
                Ok(Value::Code(Code::new(
                    Node::Logic { ir_type, operands },
                    range,
                )?))
            }
            Builtin::Not => {
                let operand = matcher(args.required("matcher")?)?;
                Ok(Value::Code(Code::new(Node::Not(operand), range)?))
            }
            Builtin::Lt
            | Builtin::Gt
            | Builtin::Lte
            | Builtin::Gte
            | Builtin::Regex
            | Builtin::InstanceOf => {
                let arg = args.required(match builtin {
                    Builtin::Regex => "pattern",
                    Builtin::InstanceOf => "classes",
                    _ => "n",
                })?;
                let doc = object([
                    ("value", self.json(arg)?),
                    ("wildcard", false.into()),
                    ("comparator", builtin.name().into()),
                ]);
                Ok(Value::Qualifier(Doc::new(
                    doc,
                    nest(arg.value.depth(), range)?,
                )))
            }
            Builtin::Missing | Builtin::Dynamic | Builtin::NotConstant | Builtin::Formatted => {
                let doc = json!({ "value": null, "wildcard": false, "comparator": builtin.name() });
                Ok(Value::Qualifier(Doc::new(doc, 1)))
            }
            Builtin::SetDefaultPropagation => {
                self.default_propagation = primitives(args.required("primitives")?)?;
                Ok(Value::None)
            }
            Builtin::SetDefaultScope => {
                self.default_scope = self.scope(args.required("scope")?)?;
                Ok(Value::None)
            }
            Builtin::Rule => decorator(RuleKind::Legacy, args, range),
            Builtin::PythonRule => decorator(RuleKind::Python, args, range),
            Builtin::GoRule => decorator(RuleKind::Go, args, range),
            Builtin::DockerfileRule => decorator(RuleKind::Dockerfile, args, range),
            Builtin::ComposeRule => decorator(RuleKind::Compose, args, range),
            Builtin::Instruction => {
                self.container_matcher("instruction", Some("instruction"), &args, range)
            }
            Builtin::MissingInstruction => {
                self.container_matcher("missing_instruction", Some("instruction"), &args, range)
            }
            Builtin::ServiceHas => self.container_matcher("service_has", Some("key"), &args, range),
            Builtin::ServiceMissing => {
                self.container_matcher("service_missing", Some("key"), &args, range)
            }
            Builtin::Stage => self.container_matcher("stage_query", None, &args, range),
            Builtin::AllOf => self.combinator("all_of", &args, range),
            Builtin::AnyOf => self.combinator("any_of", &args, range),
            Builtin::NoneOf => self.combinator("none_of", &args, range),
            Builtin::InstructionAfter => self.sequence("instruction_after", "after", &args, range),
            Builtin::InstructionBefore => {
                self.sequence("instruction_before", "before", &args, range)
            }
            Builtin::FinalStageHas => self.final_stage_has(&args, range),
            Builtin::CustomCheck => {
                let description = match args.get("description") {
                    Some(arg) => self.json(arg)?,
                    None => Json::from(""),
                };
                let doc = object([
                    ("type", "programmatic".into()),
                    ("has_callable", true.into()),
                    ("description", description),
                ]);
                Ok(Value::Container(Doc::new(doc, 1)))
            }
            Builtin::Propagates | Builtin::PropagationPresets | Builtin::Sources => fail(
                range,
                format!("'{}' is not called: use one of its methods", builtin.name()),
            ),
        }
    }

    pub fn call_method(
        &mut self,
        receiver: &Value<'a>,
        name: &'static str,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        match receiver {
            Value::Class(class) => self.class_method(class, name, call),
            Value::Builtin(Builtin::Propagates) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                Ok(Value::Code(propagation(name)))
            }
            Value::Builtin(Builtin::Sources) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                super::presets::source_preset(name, range)
            }
            Value::Builtin(Builtin::PropagationPresets) => {
                bind(&Sig::fixed(name, &[], 0), call)?;
                let kinds = if name == "minimal" {
                    &PROPAGATION_KINDS[..2]
                } else {
                    &PROPAGATION_KINDS[..]
                };
                let items = kinds
                    .iter()
                    .map(|kind| Value::Code(propagation(kind)))
                    .collect();
                Ok(Value::List(Seq::new(items, range)?))
            }
            Value::Code(code) if name == "tracks" => {
                let args = bind(&Sig::star(name, &[]), call)?;
                let params = args
                    .rest
                    .iter()
                    .map(tracked_param)
                    .collect::<Eval<Vec<_>>>()?;
                match &code.node {
                    Node::Call(matcher) => matcher.borrow_mut().tracked.extend(params),
                    Node::Method(method) => method.borrow_mut().tracked.extend(params),
                    _ => {
                        return fail(
                            range,
                            format!("'{}' object has no attribute 'tracks'", code.kind_name()),
                        )
                    }
                }
                Ok(receiver.clone())
            }
            Value::Code(code) => {
                let Node::Method(method) = &code.node else {
                    return fail(
                        range,
                        format!("'{}' object has no attribute '{name}'", code.kind_name()),
                    );
                };
                let args = bind(
                    &Sig::fixed(name, &["position_or_name", "constraint"], 1),
                    call,
                )?;
                let constraint = match args.get("constraint") {
                    Some(Arg {
                        value: Value::Qualifier(doc),
                        range,
                    }) => self.doc_json(doc, *range)?,
                    Some(arg) => constraint(self.json(arg)?, value_has_wildcard(&arg.value, false)),
                    None => constraint(Json::Null, false),
                };
                let target = args.required("position_or_name")?;
                let key = Key::from_value(&target.value, &self.budget, target.range)?;
                let mut method = method.borrow_mut();
                // `isinstance(x, int)` holds for bools too: `.where(True, …)` is positional "True".
                if matches!(target.value, Value::Int(_) | Value::Bool(_)) {
                    method.positional.insert(key.py_str(), constraint);
                } else {
                    method
                        .keyword
                        .insert(key.json_key(target.range)?, constraint);
                }
                Ok(receiver.clone())
            }
            other => fail(
                range,
                format!("'{}' object has no attribute '{name}'", other.type_name()),
            ),
        }
    }

    /// `X.method(*names)` and `X.attr(*names)` on a `QueryType` class.
    fn class_method(
        &mut self,
        class: &QueryClass<'a>,
        name: &'static str,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        let args = bind(&Sig::star(name, &[]), call)?;
        if args.rest.is_empty() {
            let what = if name == "method" {
                "method"
            } else {
                "attribute"
            };
            return fail(range, format!("{name}() requires at least one {what} name"));
        }
        let names = Json::Array(
            args.rest
                .iter()
                .map(|arg| self.json(arg))
                .collect::<Eval<_>>()?,
        );
        let attribute = |attr: &str| -> Eval<Json> {
            match class.lookup(attr) {
                Some(value) => value.to_json(&self.budget, range),
                None => fail(
                    range,
                    format!("type object '{}' has no attribute '{attr}'", class.name),
                ),
            }
        };
        let (receiver_types, receiver_patterns, match_subclasses) = (
            attribute("fqns")?,
            attribute("patterns")?,
            attribute("match_subclasses")?,
        );
        if name == "attr" {
            let ir = object([
                ("type", "type_constrained_attribute".into()),
                ("receiverTypes", receiver_types),
                ("receiverPatterns", receiver_patterns),
                ("matchSubclasses", match_subclasses),
                ("attributeNames", names),
                ("minConfidence", 0.5.into()),
                ("fallbackMode", "none".into()),
            ]);
            return Ok(Value::Code(Code::fixed("AttributeMethodMatcher", ir)));
        }
        let method = MethodMatcher {
            receiver_types,
            receiver_patterns,
            match_subclasses,
            method_names: names,
            positional: Map::new(),
            keyword: Map::new(),
            tracked: Vec::new(),
        };
        Ok(Value::Code(Code::new(
            Node::Method(Box::new(RefCell::new(method))),
            range,
        )?))
    }

    fn calls(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        if args.rest.is_empty() {
            return fail(range, "calls() requires at least one pattern");
        }
        let patterns = non_empty_strs(&args.rest)?;
        let wildcard = patterns.iter().any(|pattern| pattern.contains('*'));
        let call = CallMatcher {
            positional: self.argument_constraints(args.get("match_position"), true, wildcard)?,
            keyword: self.argument_constraints(args.get("match_name"), false, wildcard)?,
            patterns,
            wildcard,
            tracked: Vec::new(),
        };
        Ok(Value::Code(Code::new(
            Node::Call(RefCell::new(call)),
            range,
        )?))
    }

    /// `match_position` / `match_name`: each `{key: value}` becomes a constraint under `str(key)`
    /// (positional) or the key as JSON writes it; a wildcard call pattern forces every constraint's.
    fn argument_constraints(
        &self,
        arg: Option<&Arg<'a>>,
        positional: bool,
        wildcard: bool,
    ) -> Eval<Map<String, Json>> {
        let mut constraints = Map::new();
        let Some(arg) = arg.filter(|arg| arg.value.truthy()) else {
            return Ok(constraints);
        };
        let Value::Dict(dict) = &arg.value else {
            return fail(
                arg.range,
                format!("expected a dict, got {}", arg.value.type_name()),
            );
        };
        for (key, value) in &dict.items {
            let name = if positional {
                key.py_str()
            } else {
                key.json_key(arg.range)?
            };
            // pathfinder extension: a qualifier (`lt(…)`, `formatted()`, …) may stand here too.
            let json = match value {
                Value::Qualifier(doc) => self.doc_json(doc, arg.range)?,
                _ => {
                    let forced = wildcard || value_has_wildcard(value, true);
                    constraint(value.to_json(&self.budget, arg.range)?, forced)
                }
            };
            constraints.insert(name, json);
        }
        Ok(constraints)
    }

    fn flows(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        let endpoints = |name: &str, what: &str| -> Eval<Vec<Rc<Code>>> {
            let arg = args.required(name)?;
            let matchers = matchers(arg)?;
            if matchers.is_empty() {
                return fail(arg.range, format!("flows() requires at least one {what}"));
            }
            Ok(matchers)
        };
        let return_fields = match args.given("return_fields") {
            Some(arg) => return_fields(self.json(arg)?, arg.range)?,
            None => Vec::new(),
        };
        // A rule whose only sinks are fields of returned responses may leave `to_sinks` empty.
        let sinks = if return_fields.is_empty() {
            endpoints("to_sinks", "sink")?
        } else {
            matchers(args.required("to_sinks")?)?
        };
        let flow = Dataflow {
            sources: endpoints("from_sources", "source")?,
            sinks,
            sanitizers: args
                .given("sanitized_by")
                .map(matchers)
                .transpose()?
                .unwrap_or_default(),
            propagation: match args.given("propagates_through") {
                Some(arg) => primitives(arg)?,
                None => self.default_propagation.clone(),
            },
            scope: match args.given("scope") {
                Some(arg) => self.scope(arg)?,
                None => self.default_scope.clone(),
            },
            guards: match args.given("guards") {
                Some(arg) => guard_names(arg)?,
                None => Vec::new(),
            },
            return_sinks: args
                .given("return_sinks")
                .map(matchers)
                .transpose()?
                .unwrap_or_default(),
            return_fields,
        };
        Ok(Value::Code(Code::new(Node::Dataflow(flow), range)?))
    }

    fn scope(&self, arg: &Arg<'a>) -> Eval<String> {
        match &arg.value {
            Value::Str(scope) if matches!(&**scope, "local" | "global") => Ok(scope.to_string()),
            other => fail(
                arg.range,
                format!(
                    "scope must be 'local' or 'global', got '{}'",
                    other.py_str(&self.budget, arg.range)?
                ),
            ),
        }
    }

    /// `{"type": ty, first_key: <first parameter>, …the other parameters that are not None}`.
    fn container_matcher(
        &self,
        ty: &str,
        first_key: Option<&str>,
        args: &Bound<'a>,
        range: TextRange,
    ) -> Eval<Value<'a>> {
        let mut map = Map::new();
        map.insert("type".into(), ty.into());
        let mut depth = 0;
        for (index, (name, arg)) in args.params().enumerate() {
            let always = index == 0 && first_key.is_some();
            let Some(arg) = arg.filter(|arg| always || !arg.value.is_none()) else {
                continue;
            };
            if name == "validate" {
                // A validation callable stays in Python; the IR only records that there is one.
                map.insert("has_custom_validate".into(), Json::Bool(true));
                continue;
            }
            let key = if always {
                first_key.unwrap_or(name)
            } else {
                name
            };
            depth = depth.max(arg.value.depth());
            map.insert(key.into(), self.json(arg)?);
        }
        Ok(Value::Container(Doc::new(
            Json::Object(map),
            nest(depth, range)?,
        )))
    }

    /// `all_of` / `any_of` / `none_of`: container matchers as their dict, callables as a marker,
    /// anything else verbatim.
    fn combinator(&self, ty: &str, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        let mut depth = 0;
        let mut conditions = Vec::with_capacity(args.rest.len());
        for arg in &args.rest {
            let (condition, condition_depth) = match &arg.value {
                Value::Container(doc) => (self.doc_json(doc, arg.range)?, doc.depth),
                value if value.is_callable() => (
                    json!({ "type": "custom_function", "has_callable": true }),
                    1,
                ),
                value => (self.json(arg)?, value.depth()),
            };
            depth = depth.max(condition_depth);
            conditions.push(condition);
        }
        let doc = object([("type", ty.into()), ("conditions", conditions.into())]);
        Ok(Value::Container(Doc::new(doc, nest(depth + 1, range)?)))
    }

    /// `instruction_after` / `instruction_before`; a plain string stands for `{"instruction": S}`.
    fn sequence(
        &self,
        ty: &str,
        reference: &str,
        args: &Bound<'a>,
        range: TextRange,
    ) -> Eval<Value<'a>> {
        let operand = |arg: &Arg<'a>| -> Eval<(Json, u32)> {
            match &arg.value {
                Value::Str(text) => Ok((json!({ "instruction": &**text }), 1)),
                Value::Container(doc) => Ok((self.doc_json(doc, arg.range)?, doc.depth)),
                value => Ok((self.json(arg)?, value.depth())),
            }
        };
        let (instruction, instruction_depth) = operand(args.required("instruction")?)?;
        let (reference, reference_depth) = operand(args.required(reference)?)?;
        let not_followed_by = match args.get("not_followed_by") {
            Some(arg) => self.json(arg)?,
            None => Json::Bool(false),
        };
        let doc = object([
            ("type", ty.into()),
            ("instruction", instruction),
            ("reference", reference),
            ("not_followed_by", not_followed_by),
        ]);
        Ok(Value::Container(Doc::new(
            doc,
            nest(instruction_depth.max(reference_depth), range)?,
        )))
    }

    fn final_stage_has(&self, args: &Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
        let mut map = Map::new();
        map.insert("type".into(), "stage_final_has".into());
        let mut depth = 0;
        if let Some(arg) = args.given("instruction") {
            // The SDK keeps a string or a container matcher and silently drops anything else.
            match &arg.value {
                Value::Str(text) => {
                    map.insert("instruction".into(), Json::from(&**text));
                }
                Value::Container(doc) => {
                    depth = doc.depth;
                    map.insert("instruction".into(), self.doc_json(doc, arg.range)?);
                }
                _ => {}
            }
        }
        if let Some(arg) = args.given("missing_instruction") {
            depth = depth.max(arg.value.depth());
            map.insert("missing_instruction".into(), self.json(arg)?);
        }
        Ok(Value::Container(Doc::new(
            Json::Object(map),
            nest(depth, range)?,
        )))
    }

    /// Applies a rule decorator to its function: code and container rules run the function now, the
    /// legacy `@rule` at exit.
    pub fn apply_decorator(
        &mut self,
        decorator: &Rc<Decorator<'a>>,
        call: Call<'a>,
    ) -> Eval<Value<'a>> {
        let range = call.range;
        let args = bind(&Sig::fixed("decorator", &["func"], 1), call)?;
        let target = args.required("func")?;
        let Value::Function(function) = &target.value else {
            return fail(
                target.range,
                format!(
                    "rule decorators apply to functions, not to a {}",
                    target.value.type_name()
                ),
            );
        };
        let function = function.clone();
        let line = self.line(range);
        if decorator.kind == RuleKind::Legacy {
            let depth = nest(decorator.depth.max(function.depth), range)?;
            let rule = Rc::new(LegacyRule {
                decorator: decorator.clone(),
                function,
                range,
                depth,
            });
            self.rules.push(Registered::Legacy {
                rule: rule.clone(),
                line,
            });
            return Ok(Value::Rule(rule));
        }
        let result = self.call_function(&function, range)?;
        let record = if matches!(decorator.kind, RuleKind::Dockerfile | RuleKind::Compose) {
            self.container_record(decorator, &function, &result, range)?
        } else {
            self.code_record(decorator, &function, &result, range)?
        };
        self.rules.push(Registered::Ready(RuleRecord {
            family: decorator.kind.family(),
            line,
            record,
        }));
        Ok(target.value.clone())
    }

    /// `{"rule": {…}, "matcher": …}` for `python_rule` and `go_rule` (rule-dsl.md §2.1–2.2).
    fn code_record(
        &self,
        decorator: &Decorator<'a>,
        function: &Function<'a>,
        result: &Value<'a>,
        range: TextRange,
    ) -> Eval<Json> {
        let args = &decorator.args;
        let mut matcher = match result {
            Value::Code(code) => code.to_ir(&self.budget, range)?,
            Value::Container(doc) => self.doc_json(doc, range)?,
            Value::Dict(_) => result.to_json(&self.budget, range)?,
            _ => return fail(range, self.must_return(args)?),
        };
        let severity = match args.get("severity") {
            None => Json::from("medium"),
            Some(Arg {
                value: Value::Str(severity),
                ..
            }) => Json::from(severity.to_lowercase()),
            Some(arg) => {
                return fail(
                    arg.range,
                    format!("severity must be a string, not {}", arg.value.type_name()),
                )
            }
        };
        let mut rule = object([
            ("id", self.json(args.required("id")?)?),
            ("name", self.rule_name(args, function)?),
            ("severity", severity),
            ("cwe", self.json_or(args, "cwe", Json::from(""))?),
            ("owasp", self.json_or(args, "owasp", Json::from(""))?),
            ("description", self.message(args)?),
        ]);
        if decorator.kind == RuleKind::Go {
            rule["language"] = Json::from("go");
            if matcher.get("type").and_then(Json::as_str) == Some("dataflow") {
                matcher["language"] = Json::from("go");
            }
        }
        Ok(object([("rule", rule), ("matcher", matcher)]))
    }

    /// The flat record of `dockerfile_rule` and `compose_rule` (rule-dsl.md §2.3).
    fn container_record(
        &self,
        decorator: &Decorator<'a>,
        function: &Function<'a>,
        result: &Value<'a>,
        range: TextRange,
    ) -> Eval<Json> {
        let args = &decorator.args;
        let matcher = match result {
            Value::Container(doc) => self.doc_json(doc, range)?,
            Value::Dict(_) => result.to_json(&self.budget, range)?,
            _ => return fail(range, self.must_return(args)?),
        };
        let (file_pattern, rule_type) = if decorator.kind == RuleKind::Dockerfile {
            ("Dockerfile*", "dockerfile")
        } else {
            ("**/docker-compose*.yml", "compose")
        };
        Ok(object([
            ("id", self.json(args.required("id")?)?),
            ("name", self.rule_name(args, function)?),
            (
                "severity",
                self.json_or(args, "severity", Json::from("MEDIUM"))?,
            ),
            (
                "category",
                self.json_or(args, "category", Json::from("security"))?,
            ),
            ("cwe", self.json_or(args, "cwe", Json::from(""))?),
            ("message", self.message(args)?),
            ("file_pattern", file_pattern.into()),
            ("rule_type", rule_type.into()),
            ("matcher", matcher),
        ]))
    }

    /// The legacy `@rule` record, computed at exit (rule-dsl.md §2.4).
    pub fn legacy_record(&mut self, rule: &LegacyRule<'a>) -> Eval<Json> {
        let result = self.call_function(&rule.function, rule.range)?;
        let Value::Code(code) = &result else {
            return fail(
                rule.range,
                format!("{} must implement to_ir() method", result.type_name()),
            );
        };
        let matcher = code.to_ir(&self.budget, rule.range)?;
        let args = &rule.decorator.args;
        let record = object([
            ("id", self.json(args.required("id")?)?),
            ("name", rule.function.name().into()),
            ("severity", self.json(args.required("severity")?)?),
            ("cwe", self.json_or(args, "cwe", Json::Null)?),
            ("owasp", self.json_or(args, "owasp", Json::Null)?),
            (
                "description",
                python_strip(rule.function.docstring().unwrap_or_default()).into(),
            ),
        ]);
        Ok(object([("rule", record), ("matcher", matcher)]))
    }

    /// `name`, or the function name with `_` → space, title-cased.
    fn rule_name(&self, args: &Bound<'a>, function: &Function<'a>) -> Eval<Json> {
        match args.get("name") {
            Some(arg) if arg.value.truthy() => self.json(arg),
            _ => Ok(Json::from(title_case(&function.name().replace('_', " ")))),
        }
    }

    /// `message`, or `Security issue detected by <id>`.
    fn message(&self, args: &Bound<'a>) -> Eval<Json> {
        match args.get("message") {
            Some(arg) if arg.value.truthy() => self.json(arg),
            _ => Ok(Json::from(format!(
                "Security issue detected by {}",
                self.id_text(args)?
            ))),
        }
    }

    fn must_return(&self, args: &Bound<'a>) -> Eval<String> {
        Ok(format!(
            "Rule {} must return a matcher or dict",
            self.id_text(args)?
        ))
    }

    fn id_text(&self, args: &Bound<'a>) -> Eval<String> {
        let id = args.required("id")?;
        id.value.py_str(&self.budget, id.range)
    }

    fn json(&self, arg: &Arg<'a>) -> Eval<Json> {
        arg.value.to_json(&self.budget, arg.range)
    }

    fn json_or(&self, args: &Bound<'a>, name: &str, default: Json) -> Eval<Json> {
        match args.get(name) {
            Some(arg) => self.json(arg),
            None => Ok(default),
        }
    }

    fn doc_json(&self, doc: &Doc, range: TextRange) -> Eval<Json> {
        self.budget.charge(&doc.json, range)?;
        Ok(doc.json.clone())
    }
}

fn decorator<'a>(kind: RuleKind, args: Bound<'a>, range: TextRange) -> Eval<Value<'a>> {
    let depth = nest(args.depth(), range)?;
    Ok(Value::Decorator(Rc::new(Decorator { kind, args, depth })))
}

fn propagation(kind: &'static str) -> Rc<Code> {
    Code::fixed(
        "PropagationPrimitive",
        json!({ "type": kind, "metadata": {} }),
    )
}

fn matcher(arg: &Arg<'_>) -> Eval<Rc<Code>> {
    code_of(&arg.value, arg.range)
}

fn code_of(value: &Value<'_>, range: TextRange) -> Eval<Rc<Code>> {
    match value {
        Value::Code(code) => Ok(code.clone()),
        other => fail(
            range,
            format!("expected a matcher, got {}", other.type_name()),
        ),
    }
}

/// A matcher or a list of matchers; anything but a list (a tuple too) is a single element.
fn matchers(arg: &Arg<'_>) -> Eval<Vec<Rc<Code>>> {
    match &arg.value {
        Value::List(seq) => seq
            .items
            .iter()
            .map(|item| code_of(item, arg.range))
            .collect(),
        single => Ok(vec![code_of(single, arg.range)?]),
    }
}

/// `guards=["path_traversal", ...]`: names of built-in guard families.
/// `return_fields=[{"field": "headers.Location", "unless": "..."}, ...]`: a list of dicts of the shape
/// [`crate::ir::ReturnField`], each kept as written for the IR.
fn return_fields(json: Json, range: TextRange) -> Eval<Vec<Json>> {
    let Json::Array(items) = json else {
        return fail(range, "return_fields must be a list of dicts");
    };
    for item in &items {
        let field: crate::ir::ReturnField = match serde_json::from_value(item.clone()) {
            Ok(f) => f,
            Err(e) => {
                return fail(
                    range,
                    format!("return_fields entries are {{\"field\": str, \"when\": {{str: str}}, \"unless\": str}}: {e}"),
                )
            }
        };
        if field.field.is_empty() || field.field.split('.').any(str::is_empty) {
            return fail(
                range,
                "return_fields: 'field' is a dotted key path like 'headers.Location'",
            );
        }
    }
    Ok(items)
}

fn guard_names(arg: &Arg<'_>) -> Eval<Vec<String>> {
    let items = match &arg.value {
        Value::List(seq) | Value::Tuple(seq) => &seq.items,
        other => {
            return fail(
                arg.range,
                format!(
                    "guards must be a list of guard names, got {}",
                    other.type_name()
                ),
            )
        }
    };
    items
        .iter()
        .map(|item| match item {
            Value::Str(name) if crate::ir::GUARD_FAMILIES.contains(&&**name) => {
                Ok(name.to_string())
            }
            _ => fail(
                arg.range,
                format!(
                    "unknown guard; the guard families are {}",
                    crate::ir::GUARD_FAMILIES.join(", ")
                ),
            ),
        })
        .collect()
}

/// A list or tuple of objects with `to_ir`, as `propagates_through` takes.
fn primitives(arg: &Arg<'_>) -> Eval<Vec<Rc<Code>>> {
    match &arg.value {
        Value::List(seq) | Value::Tuple(seq) => seq
            .items
            .iter()
            .map(|item| code_of(item, arg.range))
            .collect(),
        other => fail(
            arg.range,
            format!(
                "expected a list of propagation primitives, got {}",
                other.type_name()
            ),
        ),
    }
}

fn non_empty_str<'v>(arg: &'v Arg<'_>, message: &str) -> Eval<&'v str> {
    match &arg.value {
        Value::Str(text) if !text.is_empty() => Ok(text),
        _ => fail(arg.range, message),
    }
}

fn non_empty_strs(args: &[Arg<'_>]) -> Eval<Vec<String>> {
    args.iter()
        .map(|arg| non_empty_str(arg, "All patterns must be non-empty strings").map(str::to_string))
        .collect()
}

/// A string with `*` or `?`, or (when `lists`) a list holding one.
fn value_has_wildcard(value: &Value<'_>, lists: bool) -> bool {
    match value {
        Value::Str(text) => has_wildcard(text),
        Value::List(seq) if lists => seq
            .items
            .iter()
            .any(|item| matches!(item, Value::Str(text) if has_wildcard(text))),
        _ => false,
    }
}

/// One `.tracks()` argument: an int (bools included) is an index, `"return"` the return value, any
/// other string a parameter name.
fn tracked_param(arg: &Arg<'_>) -> Eval<Json> {
    Ok(match &arg.value {
        Value::Bool(b) => json!({ "index": b }),
        Value::Int(index) => json!({ "index": index }),
        Value::Str(text) if &**text == "return" => json!({ "return": true }),
        Value::Str(text) => json!({ "name": &**text }),
        other => {
            return fail(
                arg.range,
                format!(
                    "tracks() accepts int, str, or 'return', got <class '{}'>",
                    other.type_name()
                ),
            )
        }
    })
}

/// Python's `str.title()`: a cased character after another cased one is lower-cased, any other is
/// upper-cased (`x2y` → `X2Y`, `SQL` → `Sql`).
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_cased = false;
    for c in text.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        previous_cased = c.is_lowercase() || c.is_uppercase();
    }
    out
}

/// Python's `str.strip()`, whose whitespace also includes the ASCII separators U+001C–U+001F.
fn python_strip(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}
