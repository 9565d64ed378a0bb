//! Expected outputs were produced by running each rule with the reference SDK (`codepathfinder` 2.1.1).

use serde_json::json;

use super::{ir_lines, python_json, read_rule_source, Family};

fn ir(source: &str) -> Vec<String> {
    match read_rule_source("rule.py", source) {
        Ok(records) => ir_lines(&records),
        Err(error) => panic!("{error}"),
    }
}

fn error(source: &str) -> String {
    match read_rule_source("rule.py", source) {
        Ok(records) => panic!("expected an error, got {}", ir_lines(&records).join("\n")),
        Err(error) => error.to_string(),
    }
}

/// Typical QueryType rules: an inherited class, `.where(lt(…))`, `.tracks(0)`, positional `.where`.
#[test]
fn query_type_method_with_where_lt_and_tracks() {
    let source = r#"from codepathfinder import QueryType, lt
from codepathfinder.python_decorators import python_rule


class RSAModule(QueryType):
    fqns = ["cryptography.hazmat.primitives.asymmetric.rsa"]


class StrictRSA(RSAModule):
    patterns = ["rsa.*"]
    match_subclasses = False


@python_rule(
    id="PYTHON-CRYPTO-SEC-010",
    name="Insufficient RSA Key Size",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-326",
    owasp="A02:2021",
    message="RSA keys shorter than 2048 bits can be factored.",
)
def detect_weak_rsa_key():
    """RSA key generation with a short key."""
    return RSAModule.method("generate_private_key").where("key_size", lt(2048)).tracks(0)


@python_rule(id="PYTHON-CRYPTO-SEC-011", severity="Medium")
def detect_rsa_small_exponent():
    return StrictRSA.method("generate_private_key").where(0, 3).where("backend", "*openssl*")
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "PYTHON-CRYPTO-SEC-010", "name": "Insufficient RSA Key Size", "severity": "high", "cwe": "CWE-326", "owasp": "A02:2021", "description": "RSA keys shorter than 2048 bits can be factored."}, "matcher": {"type": "type_constrained_call", "receiverTypes": ["cryptography.hazmat.primitives.asymmetric.rsa"], "receiverPatterns": [], "matchSubclasses": true, "methodNames": ["generate_private_key"], "minConfidence": 0.5, "fallbackMode": "none", "keywordArgs": {"key_size": {"value": 2048, "wildcard": false, "comparator": "lt"}}, "trackedParams": [{"index": 0}]}}, {"rule": {"id": "PYTHON-CRYPTO-SEC-011", "name": "Detect Rsa Small Exponent", "severity": "medium", "cwe": "", "owasp": "", "description": "Security issue detected by PYTHON-CRYPTO-SEC-011"}, "matcher": {"type": "type_constrained_call", "receiverTypes": ["cryptography.hazmat.primitives.asymmetric.rsa"], "receiverPatterns": ["rsa.*"], "matchSubclasses": false, "methodNames": ["generate_private_key"], "minConfidence": 0.5, "fallbackMode": "none", "positionalArgs": {"0": {"value": 3, "wildcard": false}}, "keywordArgs": {"backend": {"value": "*openssl*", "wildcard": true}}}}]"#,
        ]
    );
}

/// `match_position` keys go through `str()`; a wildcard callee forces every constraint's wildcard.
#[test]
fn calls_with_tuple_position_and_wildcard_forcing() {
    let source = r#"from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(id="PYTHON-NET-SEC-001", severity="MEDIUM", cwe="CWE-200")
def detect_bind_all_interfaces():
    return calls("*.bind", match_position={"0[0]": "0.0.0.0"}, match_name={"reuse": False})


@python_rule(id="PYTHON-LANG-SEC-020", severity="HIGH", cwe="CWE-78")
def detect_subprocess_shell_true():
    return calls(
        "subprocess.run",
        "subprocess.Popen",
        match_position={0: ["sh", "bash*"], 1: "-c"},
        match_name={"shell": True},
    ).tracks(0, "args", "return")
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "PYTHON-NET-SEC-001", "name": "Detect Bind All Interfaces", "severity": "medium", "cwe": "CWE-200", "owasp": "", "description": "Security issue detected by PYTHON-NET-SEC-001"}, "matcher": {"type": "call_matcher", "patterns": ["*.bind"], "wildcard": true, "matchMode": "any", "positionalArgs": {"0[0]": {"value": "0.0.0.0", "wildcard": true}}, "keywordArgs": {"reuse": {"value": false, "wildcard": true}}}}, {"rule": {"id": "PYTHON-LANG-SEC-020", "name": "Detect Subprocess Shell True", "severity": "high", "cwe": "CWE-78", "owasp": "", "description": "Security issue detected by PYTHON-LANG-SEC-020"}, "matcher": {"type": "call_matcher", "patterns": ["subprocess.run", "subprocess.Popen"], "wildcard": false, "matchMode": "any", "positionalArgs": {"0": {"value": ["sh", "bash*"], "wildcard": true}, "1": {"value": "-c", "wildcard": false}}, "keywordArgs": {"shell": {"value": true, "wildcard": false}}, "trackedParams": [{"index": 0}, {"name": "args"}, {"return": true}]}}]"#,
        ]
    );
}

/// A Flask taint rule reading a module-level source list; adjacent strings concatenate.
#[test]
fn flows_with_standard_presets_and_module_source_list() {
    let source = r#"from codepathfinder import calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

FLASK_SOURCES = [
    calls("request.args.get"),
    calls("request.form.get"),
    calls("request.get_json"),
]


@python_rule(
    id="FLASK-SEC-001",
    name="Flask Command Injection",
    severity="CRITICAL",
    cwe="CWE-78",
    owasp="A03:2021",
    message=(
        "User input from a Flask request reaches "
        "a shell command."
    ),
)
def detect_flask_command_injection():
    return flows(
        from_sources=FLASK_SOURCES,
        to_sinks=[calls("os.system").tracks(0), calls("os.popen")],
        sanitized_by=[calls("shlex.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="local",
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "FLASK-SEC-001", "name": "Flask Command Injection", "severity": "critical", "cwe": "CWE-78", "owasp": "A03:2021", "description": "User input from a Flask request reaches a shell command."}, "matcher": {"type": "dataflow", "sources": [{"type": "call_matcher", "patterns": ["request.args.get"], "wildcard": false, "matchMode": "any"}, {"type": "call_matcher", "patterns": ["request.form.get"], "wildcard": false, "matchMode": "any"}, {"type": "call_matcher", "patterns": ["request.get_json"], "wildcard": false, "matchMode": "any"}], "sinks": [{"type": "call_matcher", "patterns": ["os.system"], "wildcard": false, "matchMode": "any", "trackedParams": [{"index": 0}]}, {"type": "call_matcher", "patterns": ["os.popen"], "wildcard": false, "matchMode": "any"}], "sanitizers": [{"type": "call_matcher", "patterns": ["shlex.quote"], "wildcard": false, "matchMode": "any"}], "propagation": [{"type": "assignment", "metadata": {}}, {"type": "function_args", "metadata": {}}, {"type": "function_returns", "metadata": {}}, {"type": "string_concat", "metadata": {}}, {"type": "string_format", "metadata": {}}], "scope": "local"}}]"#,
        ]
    );
}

/// `Not` writes the singular `matcher` key.
#[test]
fn logic_or_and_not() {
    let source = r#"from codepathfinder import And, Not, Or, attribute, calls, variable
from codepathfinder.python_decorators import python_rule


@python_rule(id="PYTHON-LANG-SEC-001", severity="HIGH")
def detect_dynamic_code_execution():
    return Or(
        calls("eval"),
        And(calls("exec"), Not(variable("trusted_*"))),
        attribute("request.data"),
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "PYTHON-LANG-SEC-001", "name": "Detect Dynamic Code Execution", "severity": "high", "cwe": "", "owasp": "", "description": "Security issue detected by PYTHON-LANG-SEC-001"}, "matcher": {"type": "logic_or", "matchers": [{"type": "call_matcher", "patterns": ["eval"], "wildcard": false, "matchMode": "any"}, {"type": "logic_and", "matchers": [{"type": "call_matcher", "patterns": ["exec"], "wildcard": false, "matchMode": "any"}, {"type": "logic_not", "matcher": {"type": "variable_matcher", "pattern": "trusted_*", "wildcard": true}}]}, {"type": "attribute_matcher", "patterns": ["request.data"]}]}}]"#,
        ]
    );
}

/// The legacy `@rule`: raw function name, verbatim severity, stripped docstring, null owasp.
#[test]
fn legacy_rule() {
    let source = r#"from codepathfinder import calls, rule


@rule(id="legacy-eval", severity="High", cwe="CWE-95")
def detect_eval():
    """
    Detects eval() on any input.
    """
    return calls("eval")
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "legacy-eval", "name": "detect_eval", "severity": "High", "cwe": "CWE-95", "owasp": null, "description": "Detects eval() on any input."}, "matcher": {"type": "call_matcher", "patterns": ["eval"], "wildcard": false, "matchMode": "any"}}]"#,
        ]
    );
}

/// `go_rule` tags the rule and the top-level dataflow; a local class shadows the catalog's.
#[test]
fn go_rule_with_dataflow() {
    let source = r#""""Go SQL injection."""
from codepathfinder.go_rule import (
    GoHTTPRequest,
    GoSQLDB,
    QueryType,
)
from codepathfinder import flows, PropagationPresets
from codepathfinder.go_decorators import go_rule


class GoChiRouter(QueryType):
    fqns = ["github.com/go-chi/chi/v5"]
    patterns = ["chi.*"]
    match_subclasses = False


@go_rule(id="GO-SEC-001", severity="CRITICAL", cwe="CWE-89", owasp="A03:2021")
def detect_go_sql_injection():
    return flows(
        from_sources=[
            GoHTTPRequest.method("FormValue"),
            GoHTTPRequest.attr("URL"),
            GoChiRouter.method("URLParam"),
        ],
        to_sinks=[GoSQLDB.method("Query", "Exec").tracks(0)],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "GO-SEC-001", "name": "Detect Go Sql Injection", "severity": "critical", "cwe": "CWE-89", "owasp": "A03:2021", "description": "Security issue detected by GO-SEC-001", "language": "go"}, "matcher": {"type": "dataflow", "sources": [{"type": "type_constrained_call", "receiverTypes": ["net/http.Request"], "receiverPatterns": ["*.Request"], "matchSubclasses": false, "methodNames": ["FormValue"], "minConfidence": 0.5, "fallbackMode": "none"}, {"type": "type_constrained_attribute", "receiverTypes": ["net/http.Request"], "receiverPatterns": ["*.Request"], "matchSubclasses": false, "attributeNames": ["URL"], "minConfidence": 0.5, "fallbackMode": "none"}, {"type": "type_constrained_call", "receiverTypes": ["github.com/go-chi/chi/v5"], "receiverPatterns": ["chi.*"], "matchSubclasses": false, "methodNames": ["URLParam"], "minConfidence": 0.5, "fallbackMode": "none"}], "sinks": [{"type": "type_constrained_call", "receiverTypes": ["database/sql.DB", "database/sql.Tx", "database/sql.Stmt"], "receiverPatterns": ["*.DB", "*.Tx"], "matchSubclasses": false, "methodNames": ["Query", "Exec"], "minConfidence": 0.5, "fallbackMode": "none", "trackedParams": [{"index": 0}]}], "sanitizers": [], "propagation": [{"type": "assignment", "metadata": {}}, {"type": "function_args", "metadata": {}}, {"type": "function_returns", "metadata": {}}, {"type": "string_concat", "metadata": {}}, {"type": "string_format", "metadata": {}}], "scope": "global", "language": "go"}}]"#,
        ]
    );
}

/// Both container decorators print one object; raw strings and escapes survive.
#[test]
fn dockerfile_and_compose_rules() {
    let source = r#"from codepathfinder.container_decorators import compose_rule, dockerfile_rule
from codepathfinder.container_matchers import instruction, missing, service_has
from codepathfinder.container_combinators import all_of, any_of


@dockerfile_rule(
    id="DOCKER-SEC-007",
    severity="MEDIUM",
    cwe="CWE-250",
    message=("sudo in RUN "
             "escalates privileges."),
)
def sudo_in_run_instruction():
    return all_of(
        instruction(type="RUN", contains="sudo\n", regex=r"\bsudo\s"),
        any_of(missing(instruction="USER"), instruction(type="USER", user_name="root")),
    )


@compose_rule(id="COMPOSE-SEC-001", severity="HIGH", cwe="CWE-250")
def privileged_service():
    return service_has(key="privileged", equals=True)
"#;
    assert_eq!(
        ir(source),
        [
            r#"{"dockerfile": [{"id": "DOCKER-SEC-007", "name": "Sudo In Run Instruction", "severity": "MEDIUM", "category": "security", "cwe": "CWE-250", "message": "sudo in RUN escalates privileges.", "file_pattern": "Dockerfile*", "rule_type": "dockerfile", "matcher": {"type": "all_of", "conditions": [{"type": "instruction", "instruction": "RUN", "contains": "sudo\n", "regex": "\\bsudo\\s"}, {"type": "any_of", "conditions": [{"type": "missing_instruction", "instruction": "USER"}, {"type": "instruction", "instruction": "USER", "user_name": "root"}]}]}}], "compose": [{"id": "COMPOSE-SEC-001", "name": "Privileged Service", "severity": "HIGH", "category": "security", "cwe": "CWE-250", "message": "Security issue detected by COMPOSE-SEC-001", "file_pattern": "**/docker-compose*.yml", "rule_type": "compose", "matcher": {"type": "service_has", "key": "privileged", "equals": true}}]}"#,
        ]
    );
}

/// Each family prints its own line, the last family first.
#[test]
fn mixed_families_print_in_reverse_hook_order() {
    let source = r#"from codepathfinder import calls, rule
from codepathfinder.python_decorators import python_rule
from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_missing


@python_rule(id="P-1")
def detect_pickle():
    return calls("pickle.loads")


@compose_rule(id="C-1")
def read_only_missing():
    return service_missing(key="read_only")


@rule(id="L-1", severity="low")
def detect_yaml():
    return calls("yaml.load")
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "L-1", "name": "detect_yaml", "severity": "low", "cwe": null, "owasp": null, "description": ""}, "matcher": {"type": "call_matcher", "patterns": ["yaml.load"], "wildcard": false, "matchMode": "any"}}]"#,
            r#"{"dockerfile": [], "compose": [{"id": "C-1", "name": "Read Only Missing", "severity": "MEDIUM", "category": "security", "cwe": "", "message": "Security issue detected by C-1", "file_pattern": "**/docker-compose*.yml", "rule_type": "compose", "matcher": {"type": "service_missing", "key": "read_only"}}]}"#,
            r#"[{"rule": {"id": "P-1", "name": "Detect Pickle", "severity": "medium", "cwe": "", "owasp": "", "description": "Security issue detected by P-1"}, "matcher": {"type": "call_matcher", "patterns": ["pickle.loads"], "wildcard": false, "matchMode": "any"}}]"#,
        ]
    );
}

/// `import codepathfinder` and module aliases; `set_default_scope` applies to later flows.
#[test]
fn module_import_style() {
    let source = r#"import codepathfinder
import codepathfinder.python_decorators as decorators

SINKS = ["pickle.loads", "marshal.loads"]
codepathfinder.set_default_scope("local")


@decorators.python_rule(id="PYTHON-DESER-001", severity="HIGH", name="")
def detect_unsafe_deserialization():
    return codepathfinder.flows(
        codepathfinder.calls("request.get_data"),
        codepathfinder.calls("pickle.loads"),
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "PYTHON-DESER-001", "name": "Detect Unsafe Deserialization", "severity": "high", "cwe": "", "owasp": "", "description": "Security issue detected by PYTHON-DESER-001"}, "matcher": {"type": "dataflow", "sources": [{"type": "call_matcher", "patterns": ["request.get_data"], "wildcard": false, "matchMode": "any"}], "sinks": [{"type": "call_matcher", "patterns": ["pickle.loads"], "wildcard": false, "matchMode": "any"}], "sanitizers": [], "propagation": [], "scope": "local"}}]"#,
        ]
    );
}

/// Every qualifier; ints (bools too) key `positionalArgs`, anything else `keywordArgs`; a repeated key keeps its place.
#[test]
fn qualifiers_and_where_keys() {
    let source = r#"from codepathfinder import QueryType, gt, gte, lte, missing, regex
from codepathfinder.python_decorators import python_rule


class OSModule(QueryType):
    fqns = ["os"]


@python_rule(id="PYTHON-LANG-SEC-030", message="Ünïcode ☃ \U0001F600")
def detect_md5_weak_hash_x2y_SQL():
    return (
        OSModule.method("chmod")
        .where(1, gte(0o777))
        .arg("mode", regex(r"^0?7"))
        .where("dir_fd", missing())
        .where(True, lte(-1))
        .where(2.5, gt(1e16))
        .where("mode", "0o7*")
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "PYTHON-LANG-SEC-030", "name": "Detect Md5 Weak Hash X2Y Sql", "severity": "medium", "cwe": "", "owasp": "", "description": "\u00dcn\u00efcode \u2603 \ud83d\ude00"}, "matcher": {"type": "type_constrained_call", "receiverTypes": ["os"], "receiverPatterns": [], "matchSubclasses": true, "methodNames": ["chmod"], "minConfidence": 0.5, "fallbackMode": "none", "positionalArgs": {"1": {"value": 511, "wildcard": false, "comparator": "gte"}, "True": {"value": -1, "wildcard": false, "comparator": "lte"}}, "keywordArgs": {"mode": {"value": "0o7*", "wildcard": true}, "dir_fd": {"value": null, "wildcard": false, "comparator": "missing"}, "2.5": {"value": 1e+16, "wildcard": false, "comparator": "gt"}}}}]"#,
        ]
    );
}

/// A class and an import local to the rule function, as FLASK-SEC-001 has.
#[test]
fn class_and_import_inside_the_rule_function() {
    let source = r#"from codepathfinder import calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule


@python_rule(id="FLASK-SEC-003", severity="HIGH", cwe="CWE-918")
def detect_flask_ssrf():
    """A class and an import inside the rule function."""
    from codepathfinder import QueryType

    class Requests(QueryType):
        fqns = ["requests"]

    return flows(
        from_sources=calls("request.args.get"),
        to_sinks=Requests.method("get", "post").tracks(0),
        propagates_through=PropagationPresets.minimal(),
    )
"#;
    assert_eq!(
        ir(source),
        [
            r#"[{"rule": {"id": "FLASK-SEC-003", "name": "Detect Flask Ssrf", "severity": "high", "cwe": "CWE-918", "owasp": "", "description": "Security issue detected by FLASK-SEC-003"}, "matcher": {"type": "dataflow", "sources": [{"type": "call_matcher", "patterns": ["request.args.get"], "wildcard": false, "matchMode": "any"}], "sinks": [{"type": "type_constrained_call", "receiverTypes": ["requests"], "receiverPatterns": [], "matchSubclasses": true, "methodNames": ["get", "post"], "minConfidence": 0.5, "fallbackMode": "none", "trackedParams": [{"index": 0}]}], "sanitizers": [], "propagation": [{"type": "assignment", "metadata": {}}, {"type": "function_args", "metadata": {}}], "scope": "global"}}]"#,
        ]
    );
}

#[test]
fn records_carry_family_and_decorator_line() {
    let source = r#"from codepathfinder import calls, rule
from codepathfinder.python_decorators import python_rule
from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_missing


@python_rule(id="P-1")
def detect_pickle():
    return calls("pickle.loads")


@rule(id="L-1", severity="low")
def detect_yaml():
    return calls("yaml.load")


@compose_rule(id="C-1")
def read_only_missing():
    return service_missing(key="read_only")
"#;
    let records = read_rule_source("rule.py", source)
        .map_err(|e| e.to_string())
        .unwrap();
    let summary: Vec<(Family, u32)> = records.iter().map(|r| (r.family, r.line)).collect();
    assert_eq!(
        summary,
        [
            (Family::Python, 7),
            (Family::Legacy, 12),
            (Family::Container, 17)
        ]
    );
    assert_eq!(
        records[2].record["matcher"],
        json!({ "type": "service_missing", "key": "read_only" })
    );
}

/// A legacy rule runs at exit and sees every module name; a `python_rule` only the names above it.
#[test]
fn statements_run_in_source_order() {
    let legacy = r#"from codepathfinder import calls, rule


@rule(id="L-2", severity="HIGH")
def detect_sinks():
    return SINK


SINK = calls("os.system")
"#;
    assert_eq!(
        ir(legacy),
        [
            r#"[{"rule": {"id": "L-2", "name": "detect_sinks", "severity": "HIGH", "cwe": null, "owasp": null, "description": ""}, "matcher": {"type": "call_matcher", "patterns": ["os.system"], "wildcard": false, "matchMode": "any"}}]"#,
        ]
    );
    let python = legacy
        .replace(
            "import calls, rule",
            "import calls\nfrom codepathfinder.python_decorators import python_rule",
        )
        .replace(
            r#"@rule(id="L-2", severity="HIGH")"#,
            r#"@python_rule(id="P-2")"#,
        );
    assert_eq!(error(&python), "rule.py:7:12: name 'SINK' is not defined");
}

const HEADER: &str = "from codepathfinder import Or, QueryType, calls, flows\n\
                      from codepathfinder.python_decorators import python_rule\n";

/// `return <expr>` inside a python rule, on line 5 of the file.
fn rule_returning(expr: &str) -> String {
    format!("{HEADER}@python_rule(id=\"E-1\")\ndef detect():\n    return {expr}\n")
}

#[test]
fn errors_carry_line_and_column() {
    let cases = [
        ("from codepathfinder import python_rule\n".to_string(), "1:28: cannot import name 'python_rule' from 'codepathfinder'"),
        ("from codepathfinder.go_rule import go_rule\n".to_string(), "1:36: cannot import name 'go_rule' from 'codepathfinder.go_rule'"),
        ("import os.path\n".to_string(), "1:8: unknown module 'os.path': rule files import only from the codepathfinder SDK"),
        ("from codepathfinder import calls\n".to_string(), "1:1: no rule found in file"),
        ("def broken(:\n    pass\n".to_string(), "1:12: syntax error: Expected a parameter or the end of the parameter list"),
        (rule_returning("calls(\"\")"), "5:18: All patterns must be non-empty strings"),
        (rule_returning("calls(\"é\", \"\")"), "5:23: All patterns must be non-empty strings"),
        (rule_returning("Or(calls(\"eval\"))"), "5:12: Or() requires at least 2 matchers"),
        (rule_returning("flows(calls(\"input\"), [])"), "5:34: flows() requires at least one sink"),
        (rule_returning("flows(calls(\"a\"), calls(\"b\"), scope=\"module\")"), "5:48: scope must be 'local' or 'global', got 'module'"),
        (rule_returning("calls(\"os.system\").tracks(1.5)"), "5:38: tracks() accepts int, str, or 'return', got <class 'float'>"),
        (rule_returning("calls(\"eval\").where(0, \"x\")"), "5:26: 'CallMatcher' object has no attribute 'where'"),
        (rule_returning("QueryType.method()"), "5:12: method() requires at least one method name"),
        (rule_returning("calls(\"eval\", match=True)"), "5:26: calls() got an unexpected keyword argument 'match'"),
        (rule_returning("[calls(\"eval\")]"), "3:1: Rule E-1 must return a matcher or dict"),
        (rule_returning("f\"{1}\""), "5:12: f-strings are not supported in rule files"),
        (rule_returning("calls(\"a\" + \"b\")"), "5:18: the '+' operator is not supported in rule files"),
        (rule_returning("[calls(p) for p in \"ab\"]"), "5:12: list comprehensions are not supported in rule files"),
        (rule_returning("QueryType()"), "5:12: QueryType classes are not instantiated: use QueryType.method(…) or QueryType.attr(…)"),
        (format!("{HEADER}@python_rule(id=\"E-1\")\ndef detect():\n    for p in []:\n        pass\n"), "5:5: for loops are not supported in rule files"),
        (format!("{HEADER}@python_rule(id=\"E-1\", severity=3)\ndef detect():\n    return calls(\"a\")\n"), "3:33: severity must be a string, not int"),
        (format!("{HEADER}class Base:\n    pass\n"), "3:7: class Base must derive from QueryType"),
        (
            "from codepathfinder.container_decorators import dockerfile_rule\n\
             from codepathfinder.container_matchers import instruction\n\
             @dockerfile_rule(id=\"D-1\", owasp=\"A05:2021\")\ndef detect():\n    return instruction(type=\"USER\")\n"
                .to_string(),
            "3:28: dockerfile_rule() got an unexpected keyword argument 'owasp'",
        ),
        (
            "from codepathfinder.container_decorators import dockerfile_rule\n\
             from codepathfinder.container_matchers import instruction\n\
             @dockerfile_rule(id=\"D-1\")\ndef detect():\n    return instruction(type=\"USER\", user=\"root\")\n"
                .to_string(),
            "5:37: instruction() got an unexpected keyword argument 'user'",
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(error(&source), format!("rule.py:{expected}"), "{source}");
    }
}

#[test]
fn python_json_formats_like_json_dumps() {
    let value = json!({
        "s": "é \u{1F600} \u{7f} \"q\\\" \n\t\u{1}",
        "f": [1.0, 0.5, 1e16, 1e15, 1e-5, 1.5e-7, 0.0001, -0.0, 123456789.125, f64::MAX],
        "i": [-3, u64::MAX],
        "e": {},
        "a": [],
        "n": null,
        "b": true,
    });
    assert_eq!(
        python_json(&value),
        r#"{"s": "\u00e9 \ud83d\ude00 \u007f \"q\\\" \n\t\u0001", "f": [1.0, 0.5, 1e+16, 1000000000000000.0, 1e-05, 1.5e-07, 0.0001, -0.0, 123456789.125, 1.7976931348623157e+308], "i": [-3, 18446744073709551615], "e": {}, "a": [], "n": null, "b": true}"#
    );
}

/// A tiny deterministic generator, so fuzzing needs no extra dependency.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn garbage_input_never_panics() {
    const PIECES: &[&str] = &[
        "@python_rule(",
        "@rule(",
        "@dockerfile_rule(",
        "def f",
        "(",
        ")",
        ":",
        "\n",
        "    ",
        "return ",
        "calls(",
        "flows(",
        "Or(",
        "Not(",
        "all_of(",
        "instruction(",
        "\"x*\"",
        "'y'",
        ",",
        "[",
        "]",
        "{",
        "}",
        "=",
        "class C",
        "QueryType",
        ".method",
        ".attr",
        ".where",
        ".tracks",
        "lt(",
        "0",
        "-",
        "1e999",
        "99999999999999999999",
        "\"\"\"",
        "#",
        "\\",
        "import ",
        "from ",
        "codepathfinder",
        " ",
        "*",
        "**",
        "lambda",
        "\t",
        "é",
        "\u{0}",
        "id=",
        "\"A\"",
        "None",
        "True",
        "...",
        ";",
        "@",
        "if ",
        "r\"\\b\"",
        "f\"{x}\"",
        "PropagationPresets.standard()",
        "x",
        "x = ",
    ];
    let header = "from codepathfinder import *\n\
                  from codepathfinder.python_decorators import python_rule\n\
                  from codepathfinder.container_decorators import dockerfile_rule\n\
                  from codepathfinder.container_matchers import instruction\n\
                  from codepathfinder.container_combinators import all_of\n";
    let mut random = Lcg(0x2545_f491_4f6c_dd1d);
    for round in 0..3000 {
        let mut source = if round % 2 == 0 {
            header.to_string()
        } else {
            String::new()
        };
        for _ in 0..random.below(80) {
            source.push_str(PIECES[random.below(PIECES.len())]);
        }
        let _ = read_rule_source("fuzz.py", &source);
    }
    let valid =
        rule_returning("flows(calls(\"input\"), [calls(\"eval\").tracks(0)], scope=\"local\")");
    for end in (0..=valid.len()).filter(|&end| valid.is_char_boundary(end)) {
        let _ = read_rule_source("prefix.py", &valid[..end]);
    }
}

#[test]
fn pathological_nesting_is_an_error() {
    let deep_sources = [
        format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = f{}\n", "(1)".repeat(50_000)),
    ];
    for source in deep_sources {
        let message = error(&source);
        assert!(
            message.contains("nesting deeper than 200 levels"),
            "{message}"
        );
    }

    // Nesting built up statement by statement, and shared references that would print exponentially.
    let nested = format!("{HEADER}x = []\n{}", "x = [x]\n".repeat(150));
    assert_eq!(
        error(&nested),
        "rule.py:103:5: values nested deeper than 100 levels"
    );
    let negated = format!(
        "from codepathfinder import Not, calls\nx = calls(\"a\")\n{}",
        "x = Not(x)\n".repeat(150)
    );
    assert_eq!(
        error(&negated),
        "rule.py:102:5: values nested deeper than 100 levels"
    );
    let doubled = format!(
        "{HEADER}x = calls(\"a\")\n{}{}",
        "x = Or(x, x)\n".repeat(60),
        rule_returning("x").replace(HEADER, "")
    );
    assert_eq!(
        error(&doubled),
        "rule.py:64:1: the rule's output is too large"
    );
}

/// pathfinder extension: `variable(..., decorated_by=[...])` keeps the SDK's shape and adds the decorators.
#[test]
fn variable_decorated_by_route_calls() {
    let source = r#"from codepathfinder import calls, flows, variable
from codepathfinder.python_decorators import python_rule


@python_rule(id="T-ROUTE", severity="HIGH", cwe="CWE-78")
def detect():
    return flows(
        from_sources=[variable("*", decorated_by=[calls("*.route")])],
        to_sinks=[calls("os.system")],
    )
"#;
    let line = &ir(source)[0];
    assert!(
        line.contains(r#"{"type": "variable_matcher", "pattern": "*", "wildcard": true, "decorated_by": [{"type": "call_matcher", "patterns": ["*.route"], "wildcard": true, "matchMode": "any"}]}"#),
        "{line}"
    );
    let err = error(&source.replace(r#"calls("*.route")"#, ""));
    assert!(
        err.contains("decorated_by needs at least one call matcher"),
        "{err}"
    );
}

/// The sources part of the one rule a file declares.
fn sources_of(source: &str) -> serde_json::Value {
    let line = ir(source).remove(0);
    let records: serde_json::Value = serde_json::from_str(&line).expect("IR is JSON");
    records[0]["matcher"]["sources"].clone()
}

fn flow_rule(sources: &str, imports: &str) -> String {
    format!(
        r#"from codepathfinder import {imports}
from codepathfinder.python_decorators import python_rule


@python_rule(id="X-1", severity="HIGH")
def detect():
    return flows(from_sources={sources}, to_sinks=[calls("os.system")])
"#
    )
}

/// `Sources.flask_request()` is the list a rule would spell out: the same matchers, the same IR.
#[test]
fn source_preset_expands_to_the_spelled_out_matchers() {
    let preset = sources_of(&flow_rule(
        "Sources.flask_request()",
        "calls, flows, Sources",
    ));
    let spelled = sources_of(&flow_rule(
        r#"[
        attribute("flask.request.args", "flask.request.form", "flask.request.values", "flask.request.data",
                  "flask.request.json", "flask.request.files", "flask.request.cookies", "flask.request.headers",
                  "flask.request.view_args", "flask.request.query_string", "flask.request.stream",
                  "flask.request.referrer", "flask.request.path", "flask.request.full_path"),
        calls("flask.request.get_json", "flask.request.get_data"),
        variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
    ]"#,
        "attribute, calls, flows, variable",
    ));
    assert_eq!(preset, spelled);

    let preset = sources_of(&flow_rule(
        "Sources.lambda_event()",
        "calls, flows, Sources",
    ));
    let spelled = sources_of(&flow_rule(
        r#"[variable("event"), attribute("*.current_request"), attribute("*.current_event")]"#,
        "attribute, calls, flows, variable",
    ));
    assert_eq!(preset, spelled);
}

/// Every preset loads, from either module, and `+` joins presets (and plain lists) into one source list.
#[test]
fn source_presets_load_and_join() {
    for name in [
        "flask_request",
        "flask_request_url",
        "django_request",
        "drf",
        "lambda_event",
        "pyramid_request",
        "fastapi",
        "aiohttp",
        "tornado",
    ] {
        let sources = sources_of(&flow_rule(
            &format!("Sources.{name}()"),
            "calls, flows, Sources",
        ));
        assert!(sources.as_array().is_some_and(|s| !s.is_empty()), "{name}");
    }
    let joined = sources_of(
        &flow_rule(r#"Sources.drf() + [calls("x.y")]"#, "calls, flows").replace(
            "from codepathfinder import calls, flows",
            "from codepathfinder import calls, flows\nfrom codepathfinder.presets import Sources",
        ),
    );
    let drf = sources_of(&flow_rule("Sources.drf()", "calls, flows, Sources"));
    let drf = drf.as_array().unwrap();
    assert_eq!(joined.as_array().unwrap().len(), drf.len() + 1);
    assert_eq!(joined[drf.len()]["patterns"], json!(["x.y"]));
    // Django's preset names each request attribute for the view parameter and for `self.request`.
    let django = sources_of(&flow_rule(
        "Sources.django_request()",
        "calls, flows, Sources",
    ));
    let patterns = django[0]["patterns"].as_array().unwrap();
    assert!(patterns.contains(&json!("request.GET")) && patterns.contains(&json!("*.request.GET")));
}

#[test]
fn source_preset_errors_name_the_problem() {
    let message = error(&flow_rule("Sources.rails()", "calls, flows, Sources"));
    assert!(message.contains("has no attribute 'rails'"), "{message}");
    let message = error(&flow_rule("Sources.drf(1)", "calls, flows, Sources"));
    assert!(message.contains("positional"), "{message}");
    let message = error(&flow_rule(
        r#"Sources.drf() + calls("a")"#,
        "calls, flows, Sources",
    ));
    assert!(message.contains("'+' joins two lists"), "{message}");
}

/// The rule DSL reference documents every preset.
#[test]
fn every_source_preset_is_documented() {
    let doc = include_str!("../../../../docs/rule-dsl.md");
    for name in super::presets::preset_names() {
        assert!(
            doc.contains(&format!("### `Sources.{name}()`")),
            "docs/rule-dsl.md has no section for Sources.{name}()"
        );
    }
}

/// pathfinder extensions of `flows()`: `guards=` names built-in guard families, `return_sinks=` takes
/// decorator matchers; both appear in the IR only when given.
#[test]
fn flows_guards_and_return_sinks() {
    let source = r#"from codepathfinder import calls, flows
from codepathfinder.python_decorators import python_rule

@python_rule(id="G-1", severity="HIGH", message="m")
def detect():
    return flows(
        from_sources=[calls("src")],
        to_sinks=[calls("open")],
        guards=["path_traversal", "allow_list"],
        return_sinks=[calls("*.route")],
    )
"#;
    let out = ir(source);
    assert!(
        out[0].ends_with(r#""scope": "global", "guards": ["path_traversal", "allow_list"], "return_sinks": [{"type": "call_matcher", "patterns": ["*.route"], "wildcard": true, "matchMode": "any"}]}}]"#),
        "{}",
        out[0]
    );
    let bad = source.replace("\"allow_list\"", "\"sometimes\"");
    assert!(error(&bad).contains("unknown guard"), "{}", error(&bad));
}

/// `return_fields=` names entries of returned dict literals; `to_sinks` may then be empty. The entries go
/// to the IR as written, and a misspelled key is an error.
#[test]
fn flows_return_fields() {
    let source = r#"from codepathfinder import calls, flows
from codepathfinder.python_decorators import python_rule

@python_rule(id="R-1", severity="HIGH", message="m")
def detect():
    return flows(
        from_sources=[calls("src")],
        to_sinks=[],
        return_fields=[{"field": "headers.Location", "unless": "^/[a-z]"}, {"field": "body", "when": {"headers.Content-Type": "html"}}],
    )
"#;
    let out = ir(source);
    assert!(
        out[0].ends_with(r#""scope": "global", "return_fields": [{"field": "headers.Location", "unless": "^/[a-z]"}, {"field": "body", "when": {"headers.Content-Type": "html"}}]}}]"#),
        "{}",
        out[0]
    );
    let bad = source.replace("\"unless\"", "\"unles\"");
    assert!(error(&bad).contains("return_fields"), "{}", error(&bad));
    let no_sinks = source.replace("return_fields=[", "guards=[], return_fieldz=[");
    assert!(!error(&no_sinks).is_empty());
    let empty = source.replace(
        r#"{"field": "body", "when": {"headers.Content-Type": "html"}}"#,
        r#"{"field": "a..b"}"#,
    );
    assert!(
        error(&empty).contains("dotted key path"),
        "{}",
        error(&empty)
    );
}

/// Tornado's preset makes the positional parameters of a `RequestHandler` subclass's HTTP methods sources.
#[test]
fn tornado_preset_names_handler_method_parameters() {
    let sources = sources_of(&flow_rule("Sources.tornado()", "calls, flows, Sources"));
    let method = sources
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s.get("method_of").is_some())
        .expect("a method_of source");
    assert_eq!(
        method["method_of"]["classes"],
        json!(["tornado.web.RequestHandler"])
    );
    assert!(method["method_of"]["methods"]
        .as_array()
        .unwrap()
        .contains(&json!("get")));
}
