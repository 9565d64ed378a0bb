//! The dataflow probes where the reference tool fails (facts §7.3), each with the verdict it should have.

use pathfinder_engine::{compile, scan_source};
use pathfinder_findings::Detection;
use pathfinder_rules::catalog::load_rule_text;
use std::sync::Arc;

const FLASK_RULE: &str = r#"
from codepathfinder import flows, calls, attribute, QueryType, PropagationPresets
from codepathfinder.python_decorators import python_rule

class OS(QueryType):
    fqns = ["os"]

@python_rule(id="T-CMD", severity="CRITICAL", message="command injection")
def detect():
    return flows(
        from_sources=[calls("request.args.get"), attribute("flask.request.form")],
        to_sinks=[OS.method("system").tracks(0)],
        sanitized_by=[calls("shlex.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
"#;

const DJANGO_SQL_RULE: &str = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-SQL", severity="CRITICAL", message="sql injection")
def detect():
    return flows(
        from_sources=[attribute("request.GET", "request.POST")],
        to_sinks=[calls("*.execute").tracks(0)],
        scope="global",
    )
"#;

/// Lines of the findings `rule` reports on `code`.
fn lines(rule: &str, code: &str) -> Vec<u32> {
    let rules: Vec<_> = load_rule_text("rule.py", rule)
        .unwrap()
        .into_iter()
        .map(Arc::new)
        .collect();
    let compiled = compile(&rules);
    assert!(
        compiled.skipped.is_empty(),
        "{:?}",
        compiled
            .skipped
            .iter()
            .map(|s| &s.reason)
            .collect::<Vec<_>>()
    );
    let (out, _) = scan_source("app.py", code, &compiled);
    out.findings.iter().map(|f| f.location.line).collect()
}

const HEADER: &str = "import os\nimport shlex\nfrom flask import request\n";

fn flask(body: &str) -> Vec<u32> {
    lines(FLASK_RULE, &format!("{HEADER}{body}"))
}

#[test]
fn assignment_concatenation_and_fstring() {
    assert_eq!(
        flask("def v():\n    h = request.args.get('h')\n    os.system('ping ' + h)\n"),
        vec![6]
    );
    assert_eq!(
        flask("def v():\n    h = request.args.get('h')\n    os.system(f'ping {h}')\n"),
        vec![6]
    );
}

#[test]
fn source_inline_in_the_sink() {
    assert_eq!(
        flask("def v():\n    os.system(request.args.get('a'))\n"),
        vec![5]
    );
}

#[test]
fn branches_merge_whatever_their_textual_order() {
    let code = "def v():\n    if request.args.get('x'):\n        cmd = request.args.get('c')\n    else:\n        cmd = 'ls'\n    os.system(cmd)\n";
    assert_eq!(flask(code), vec![9]);
}

#[test]
fn loop_variables_carry_taint() {
    let code = "def v():\n    for item in request.args.get('items').split(','):\n        os.system(item)\n";
    assert_eq!(flask(code), vec![6]);
}

#[test]
fn get_on_other_objects_is_not_a_source() {
    let code = "config = {}\ndef v():\n    a = request.args.get('a')\n    x = config.get('cmd')\n    os.system(x)\n    os.system(os.environ.get('C'))\n";
    assert_eq!(flask(code), Vec::<u32>::new());
}

#[test]
fn sanitizer_clears_only_its_own_path() {
    let code = "def v():\n    c = shlex.quote(request.args.get('c'))\n    os.system('ls ' + c)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
    let one_branch = "def v(flag):\n    c = request.args.get('c')\n    if flag:\n        c = shlex.quote(c)\n    os.system('ls ' + c)\n";
    assert_eq!(flask(one_branch), vec![8]);
}

#[test]
fn reassigned_constant_is_clean() {
    let code = "def v():\n    c = request.args.get('c')\n    c = 'uptime'\n    os.system(c)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
}

#[test]
fn flask_global_request_across_functions_and_helpers() {
    let helper_returns = "def target():\n    return request.args.get('t')\ndef v():\n    os.system('ping ' + target())\n";
    assert_eq!(flask(helper_returns), vec![7]);
    let helper_sinks =
        "def run(cmd):\n    os.system(cmd)\ndef v():\n    run(request.form['cmd'])\n";
    assert_eq!(flask(helper_sinks), vec![5]);
    let sanitizing_helper = "def clean(v):\n    return shlex.quote(v)\ndef v():\n    os.system('ls ' + clean(request.args.get('d')))\n";
    assert_eq!(flask(sanitizing_helper), Vec::<u32>::new());
}

#[test]
fn cross_function_findings_are_global_with_every_step() {
    let rules: Vec<_> = load_rule_text("rule.py", FLASK_RULE)
        .unwrap()
        .into_iter()
        .map(Arc::new)
        .collect();
    let code = format!("{HEADER}def run(cmd):\n    os.system(cmd)\ndef v():\n    x = request.args.get('c')\n    run(x)\n");
    let (out, _) = scan_source("app.py", &code, &compile(&rules));
    let f = &out.findings[0];
    assert_eq!(f.detection, Detection::TaintGlobal);
    let steps: Vec<(u32, &str)> = f
        .flow
        .iter()
        .map(|s| (s.location.line, s.message.as_str()))
        .collect();
    assert_eq!(
        steps,
        vec![
            (7, "source: request.args.get"),
            (7, "assigned to x"),
            (8, "passed to run"),
            (5, "sink: os.system")
        ]
    );
    let local = format!("{HEADER}def v():\n    os.system(request.args.get('a'))\n");
    let (out, _) = scan_source("app.py", &local, &compile(&rules));
    assert_eq!(out.findings[0].detection, Detection::TaintLocal);
}

#[test]
fn django_subscripts_and_parameterised_sql() {
    let code = "def view(request, cursor):\n    uid = request.GET['id']\n    cursor.execute('SELECT * FROM u WHERE id = ' + uid)\n    cursor.execute('SELECT * FROM u WHERE id = %s', [uid])\n    name = request.POST.get('name')\n    cursor.execute(f\"SELECT * FROM u WHERE name = '{name}'\")\n";
    assert_eq!(lines(DJANGO_SQL_RULE, code), vec![3, 6]);
}

#[test]
fn no_sink_before_its_source() {
    let code = "def v():\n    os.system(cmd)\n    cmd = request.args.get('c')\n";
    assert_eq!(flask(code), Vec::<u32>::new());
}

#[test]
fn lambda_event_parameter_is_a_source() {
    let rule = r#"
from codepathfinder import flows, calls, variable
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-LAMBDA", severity="CRITICAL")
def detect():
    return flows(from_sources=[variable("event")], to_sinks=[calls("os.system").tracks(0)], scope="local")
"#;
    let code = "import os\ndef handler(event, context):\n    os.system('echo ' + event['body'])\n    os.system('echo ' + context.name)\n";
    assert_eq!(lines(rule, code), vec![3]);
}

#[test]
fn calls_on_call_results_containers_and_setitem_sinks() {
    let rule = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-G", severity="HIGH")
def detect():
    return flows(
        from_sources=[attribute("request.GET")],
        to_sinks=[calls("globals.get").tracks(0), calls("os.system").tracks(0), calls("globals.__setitem__").tracks(0)],
        sanitized_by=[calls("*.unsign")],
        scope="global",
    )
"#;
    let code = "import os\ndef view(request, signer):\n    fn = globals().get(request.GET['f'])\n    parts = ['ls']\n    parts.append(request.GET['d'])\n    os.system(' '.join(parts))\n    os.system(Signer().unsign(request.GET['s']))\n    globals()[request.GET['k']] = 1\n    n = float(request.GET['n'])\n    os.system('sleep %s' % n)\n";
    assert_eq!(lines(rule, code), vec![3, 6, 8]);
}

#[test]
fn flows_across_files_through_helpers() {
    let findings = scan_project(&[
        ("app/__init__.py", ""),
        ("app/shell.py", "import os\n\ndef run(cmd):\n    os.system('sh -c ' + cmd)\n\ndef quoted(cmd):\n    import shlex\n    os.system(shlex.quote(cmd))\n"),
        (
            "app/views.py",
            "from flask import request\nfrom app.shell import run, quoted\nfrom app import shell\n\ndef ping():\n    host = request.args.get('host')\n    run('ping ' + host)\n\ndef safe():\n    quoted(request.args.get('x'))\n\ndef other():\n    shell.run(request.form['cmd'])\n",
        ),
    ]);
    let found: Vec<(String, u32)> = findings
        .iter()
        .map(|f| (f.location.file.clone(), f.location.line))
        .collect();
    assert_eq!(
        found,
        vec![
            ("app/views.py".to_string(), 7),
            ("app/views.py".to_string(), 13)
        ]
    );
    let f = &findings[0];
    assert_eq!(f.detection, Detection::TaintGlobal);
    let steps: Vec<(&str, u32)> = f
        .flow
        .iter()
        .map(|s| (s.location.file.as_str(), s.location.line))
        .collect();
    assert_eq!(steps.first(), Some(&("app/views.py", 6)));
    assert_eq!(steps.last(), Some(&("app/shell.py", 4)));
}

/// Scans a project made of `files` with the Flask command-injection rule; findings as (file, line).
fn scan_project(files: &[(&str, &str)]) -> Vec<pathfinder_findings::Finding> {
    use pathfinder_engine::scan_files;
    use pathfinder_workspace::{walk, WalkOptions};
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let rules: Vec<_> = load_rule_text("rule.py", FLASK_RULE)
        .unwrap()
        .into_iter()
        .map(Arc::new)
        .collect();
    let files = walk(&WalkOptions {
        root: dir.path().to_path_buf(),
        ..WalkOptions::default()
    })
    .unwrap()
    .files;
    scan_files(&files, &compile(&rules), &|_| {}).findings
}

#[test]
fn helpers_in_other_files_that_return_or_clean_source_data() {
    let inputs = "from flask import request\nimport shlex\n\ndef host():\n    return request.args.get('host')\n\ndef clean(value):\n    return shlex.quote(value)\n\ndef passthrough(value):\n    return value.strip()\n\ndef constant():\n    return 'localhost'\n\nclass Form:\n    def field(self, name):\n        return request.form[name]\n";
    let deep = "from app.inputs import host\n\ndef target():\n    return 'ping ' + host()\n";
    let jobs = "import os\nfrom app.inputs import host, clean, passthrough, constant, Form\nfrom app import deep\n\ndef a():\n    os.system('ping ' + host())\n\ndef b():\n    os.system(clean(host()))\n\ndef c():\n    os.system(passthrough(host()))\n\ndef d():\n    os.system(Form().field('cmd'))\n\ndef e():\n    os.system(deep.target())\n\ndef f():\n    os.system('ping ' + constant())\n";
    let findings = scan_project(&[
        ("app/__init__.py", ""),
        ("app/inputs.py", inputs),
        ("app/deep.py", deep),
        ("app/jobs.py", jobs),
    ]);
    let found: Vec<(&str, u32)> = findings
        .iter()
        .map(|f| (f.location.file.as_str(), f.location.line))
        .collect();
    assert_eq!(
        found,
        vec![
            ("app/jobs.py", 6),
            ("app/jobs.py", 12),
            ("app/jobs.py", 15),
            ("app/jobs.py", 18)
        ]
    );
    // The path starts at the source in the helper's file and ends at the sink here.
    let first = &findings[0];
    assert_eq!(first.detection, Detection::TaintGlobal);
    let steps: Vec<(&str, u32)> = first
        .flow
        .iter()
        .map(|s| (s.location.file.as_str(), s.location.line))
        .collect();
    assert_eq!(steps.first(), Some(&("app/inputs.py", 5)));
    assert_eq!(steps.last(), Some(&("app/jobs.py", 6)));
    // Through two files: the source in inputs.py, returned through deep.py.
    let chain = &findings[3];
    let files: Vec<&str> = chain
        .flow
        .iter()
        .map(|s| s.location.file.as_str())
        .collect();
    assert_eq!(files.first(), Some(&"app/inputs.py"));
    assert!(files.contains(&"app/deep.py"), "{files:?}");
}

const NAMED_VALUE_RULE: &str = r#"
from codepathfinder import flows, calls, regex
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-NAME", severity="HIGH", message="weak token")
def detect():
    return flows(
        from_sources=[calls("random.random")],
        to_sinks=[
            calls("__assign__", match_position={0: regex("token")}).tracks(1),
            calls("*.__setattr__", match_position={0: regex("token")}).tracks(1),
        ],
        scope="global",
    )
"#;

#[test]
fn assignments_to_names_and_attributes_are_sinks() {
    let code = "import random\ndef f(user):\n    token = str(random.random())\n    user.token = random.random()\n    delay = random.random()\n    other_token = 'fixed'\n    return token\n";
    assert_eq!(lines(NAMED_VALUE_RULE, code), vec![3, 4]);
}

#[test]
fn match_captures_carry_the_subject_taint() {
    let code = "import os\nfrom flask import request\ndef f():\n    match request.get_json():\n        case {\"cmd\": str(cmd)}:\n            os.system(cmd)\n        case [first, *rest]:\n            os.system(rest[0])\n    match 'ls':\n        case str(c):\n            os.system(c)\n";
    let rule = FLASK_RULE.replace(
        "attribute(\"flask.request.form\")",
        "attribute(\"flask.request.form\"), calls(\"flask.request.get_json\")",
    );
    assert_eq!(lines(&rule, code), vec![6, 8]);
}

const RETURN_RULE: &str = r#"
from codepathfinder import flows, calls, regex, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-RET", severity="HIGH", message="html returned")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args")],
        to_sinks=[calls("__return__", match_position={0: regex("<b>")}).tracks(0), calls("*").tracks(0)],
        scope="global",
    )
"#;

#[test]
fn returns_are_sinks_only_for_patterns_that_name_them() {
    // `calls("*")` does not match the modelled return or assignment; `__return__` does.
    let code = "from flask import request\ndef bold(x):\n    return '<b>%s</b>' % x\ndef view():\n    y = request.args['q']\n    return bold(y)\ndef plain():\n    return 'hi %s' % request.args['q']\n";
    assert_eq!(lines(RETURN_RULE, code), vec![3, 6]);
}
