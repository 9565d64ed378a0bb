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

/// The request object itself passed to a helper or a wrapper class of another module: the helper reads the
/// source attribute (`req.args`, `req.form`) and returns it or reaches a sink with it. A helper or accessor
/// returning a number is clean.
#[test]
fn request_object_passed_to_helpers_of_other_files() {
    let rule = r#"
from codepathfinder import flows, attribute, QueryType, PropagationPresets
from codepathfinder.python_decorators import python_rule

class OS(QueryType):
    fqns = ["os"]

@python_rule(id="T-REQ", severity="CRITICAL", message="command injection")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args", "flask.request.form")],
        to_sinks=[OS.method("system").tracks(0)],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
"#;
    // `params.py` has no sink of its own: the rule runs there because a caller passes it the request.
    let params = "def get_param(req, name):\n    return req.args.get(name, '')\n\ndef page_size(req):\n    return int(req.args.get('size', '10'))\n\nclass Params:\n    def __init__(self, req):\n        self._req = req\n\n    def get(self, key):\n        return self._req.args.get(key, '')\n\n    def size(self):\n        return int(self._req.args.get('size', '10'))\n";
    let util = "import os\n\ndef ping_host(req):\n    os.system('ping ' + req.form['host'])\n";
    let views = "import os\nfrom flask import request\nfrom .params import Params, get_param, page_size\nfrom .util import ping_host\n\ndef a():\n    os.system('echo ' + get_param(request, 'q'))\n\ndef b():\n    ping_host(request)\n\ndef c():\n    os.system('head -n %d x' % page_size(request))\n\ndef d():\n    p = Params(request)\n    os.system('echo ' + p.get('q'))\n\ndef e():\n    os.system('head -n %d x' % Params(req=request).size())\n";
    let findings = scan_project_with(
        rule,
        &[
            ("app/__init__.py", ""),
            ("app/params.py", params),
            ("app/util.py", util),
            ("app/views.py", views),
        ],
    );
    let found: Vec<(&str, u32)> = findings
        .iter()
        .map(|f| (f.location.file.as_str(), f.location.line))
        .collect();
    // A wrapper class of the other module keeping the request (d) is followed too; its numeric accessor (e)
    // is clean.
    assert_eq!(
        found,
        vec![
            ("app/views.py", 7),
            ("app/views.py", 10),
            ("app/views.py", 17)
        ]
    );
    // The second path ends at the sink inside the helper's file.
    let last = findings[1].flow.last().unwrap();
    assert_eq!(
        (last.location.file.as_str(), last.location.line),
        ("app/util.py", 4)
    );
}

/// Scans a project made of `files` with the Flask command-injection rule; findings as (file, line).
fn scan_project(files: &[(&str, &str)]) -> Vec<pathfinder_findings::Finding> {
    scan_project_with(FLASK_RULE, files)
}

/// Scans a project made of `files` with the rules of `rule_text`.
fn scan_project_with(rule_text: &str, files: &[(&str, &str)]) -> Vec<pathfinder_findings::Finding> {
    use pathfinder_engine::scan_files;
    use pathfinder_workspace::{walk, WalkOptions};
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let rules: Vec<_> = load_rule_text("rule.py", rule_text)
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

// ---- precision: dead branches, containers, guards, values that are not attacker data, sink forms ----

/// A path-traversal rule trusting every guard family, with `open` as its sink.
const GUARDED_OPEN_RULE: &str = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-PATH", severity="HIGH", message="path traversal")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args")],
        to_sinks=[calls("open").tracks(0)],
        guards=["path_traversal", "regex", "charset", "allow_list"],
        scope="global",
    )
"#;

fn guarded(body: &str) -> Vec<u32> {
    lines(
        GUARDED_OPEN_RULE,
        &format!("import os\nimport re\nfrom flask import request, abort\n{body}"),
    )
}

#[test]
fn constant_conditions_decide_the_live_branch() {
    // `if`, `elif`, `else` with a folded condition: only the live branch assigns.
    let code = "def v():\n    p = request.args.get('h')\n    limit = 10\n    if limit * 3 > 100:\n        x = p\n    else:\n        x = 'fixed'\n    os.system(x)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
    let code = "def v():\n    p = request.args.get('h')\n    mode = 'b'\n    if mode == 'a':\n        x = 'one'\n    elif mode == 'b':\n        x = p\n    else:\n        x = 'three'\n    os.system(x)\n";
    assert_eq!(flask(code), vec![13]);
    // A ternary, a `match` and a `while` whose condition is false.
    let code = "def v():\n    p = request.args.get('h')\n    debug = False\n    x = p if debug else 'ls'\n    os.system(x)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
    let code = "def v():\n    p = request.args.get('h')\n    kind = 'safe'\n    match kind:\n        case 'raw':\n            x = p\n        case _:\n            x = 'ls'\n    os.system(x)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
    let code = "def v():\n    x = 'ls'\n    while len('') > 0:\n        x = request.args.get('h')\n    os.system(x)\n";
    assert_eq!(flask(code), Vec::<u32>::new());
    // An unknown condition keeps both branches.
    let code = "def v(flag):\n    p = request.args.get('h')\n    x = p if flag else 'ls'\n    os.system(x)\n";
    assert_eq!(flask(code), vec![7]);
}

#[test]
fn container_elements_with_constant_keys_and_indices() {
    let code = "def v():\n    d = {'user': request.args.get('u'), 'mode': 'r'}\n    os.system(d['mode'])\n    os.system(d['user'])\n";
    assert_eq!(flask(code), vec![7]);
    let code = "def v():\n    items = ['a', 'b']\n    items.append(request.args.get('p'))\n    items.pop(0)\n    os.system(items[0])\n    os.system(items[1])\n";
    assert_eq!(flask(code), vec![9]);
    let code = "def v():\n    items = ['ls', 'rm', request.args.get('p')]\n    items.remove('rm')\n    first, second = items[:2]\n    os.system(first)\n    os.system(second)\n    a, b = ['x', request.args.get('q')]\n    os.system(a)\n    os.system(b)\n";
    assert_eq!(flask(code), vec![9, 12]);
    let code = "def v():\n    opts = {'cmd': 'ls'}\n    opts['cmd'] = request.args.get('c')\n    os.system(opts.get('cmd'))\n    args = ['sh', '-c']\n    args.extend(['-x'])\n    os.system(args[2])\n";
    assert_eq!(flask(code), vec![7]);
    // An unknown key or index falls back to the whole container.
    let code =
        "def v(k):\n    d = {'user': request.args.get('u'), 'mode': 'r'}\n    os.system(d[k])\n";
    assert_eq!(flask(code), vec![6]);
}

#[test]
fn argument_lists_built_step_by_step_are_followed() {
    let rule = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-SUB", severity="HIGH", message="cmd")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args")],
        to_sinks=[calls("subprocess.run").tracks(0)],
        scope="global",
    )
"#;
    let code = "import subprocess\nfrom flask import request\ndef v():\n    cmd = request.args.get('c')\n    args = ['sh', '-c']\n    args.append(cmd)\n    subprocess.run(args)\n    safe = ['ls', '-l']\n    safe.append('/tmp')\n    subprocess.run(safe)\n";
    assert_eq!(lines(rule, code), vec![7]);
}

#[test]
fn guards_that_leave_the_path_clean_the_checked_value() {
    // `..` check with return: safe after a fixed prefix, not in os.path.join (an absolute name escapes).
    let code = "def v():\n    name = request.args.get('n')\n    if '..' in name:\n        return 'bad'\n    open(f'/srv/files/{name}')\n    open(os.path.join('/srv/files', name))\n";
    assert_eq!(guarded(code), vec![9]);
    // Separators, regex allow patterns, character classes, allow-lists, abort/raise/continue.
    let code = "def v():\n    p = request.args.get('p')\n    if '/' in p or '\\\\' in p:\n        abort(400)\n    open(os.path.join('/srv', p))\n";
    assert_eq!(guarded(code), Vec::<u32>::new());
    let code = "def v():\n    x = request.args.get('x')\n    if not re.fullmatch(r'[\\w-]+', x):\n        raise ValueError(x)\n    open(x)\n";
    assert_eq!(guarded(code), Vec::<u32>::new());
    let code = "ALLOWED = {'a.txt', 'b.txt'}\ndef v():\n    x = request.args.get('x')\n    if x not in ALLOWED:\n        return 'no'\n    open(x)\n    y = request.args.get('y')\n    if y.isdigit():\n        open(y)\n    open(y)\n";
    assert_eq!(guarded(code), vec![13]);
    let code = "def v():\n    for x in request.args.getlist('f'):\n        if x not in ('a', 'b'):\n            continue\n        open(x)\n";
    assert_eq!(guarded(code), Vec::<u32>::new());
    // A check that does not leave the path, or checks another name, guards nothing.
    let code = "def v():\n    name = request.args.get('n')\n    if '..' in name:\n        print('suspicious')\n    open(f'/srv/{name}')\n    other = request.args.get('o')\n    if '..' in name:\n        return\n    open(f'/srv/{other}')\n";
    assert_eq!(guarded(code), vec![8, 12]);
    // A rule without guards is not affected by them.
    let code = "def v():\n    h = request.args.get('h')\n    if not h.isdigit():\n        return\n    os.system('ping ' + h)\n";
    assert_eq!(flask(code), vec![8]);
}

#[test]
fn url_host_allow_lists_guard_redirects() {
    let rule = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-REDIR", severity="MEDIUM", message="open redirect")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args")],
        to_sinks=[calls("flask.redirect").tracks(0)],
        guards=["url_host"],
        scope="global",
    )
"#;
    let code = "from urllib.parse import urlparse\nfrom flask import request, redirect\nALLOWED_HOSTS = {'example.com'}\ndef v():\n    nxt = request.args.get('next')\n    u = urlparse(nxt)\n    if u.netloc and u.netloc not in ALLOWED_HOSTS:\n        return redirect('/')\n    return redirect(nxt)\ndef w():\n    nxt = request.args.get('next')\n    u = urlparse(nxt)\n    if u.scheme == 'https':\n        return redirect(nxt)\n";
    assert_eq!(lines(rule, code), vec![14]);
}

#[test]
fn numbers_booleans_and_string_predicates_carry_no_text() {
    let code = "def v():\n    h = request.args.get('h')\n    os.system('sleep %d' % len(h))\n    os.system('echo %s' % h.isdigit())\n    os.system('echo %s' % h.count('a'))\n    os.system('echo %s' % (h == 'x'))\n    os.system('echo ' + h.upper())\n";
    assert_eq!(flask(code), vec![10]);
}

#[test]
fn standard_library_round_trips_keep_taint() {
    let code = "import io, json, base64, configparser\nfrom urllib.parse import quote, unquote\ndef v():\n    h = request.args.get('h')\n    buf = io.StringIO()\n    buf.write(h)\n    os.system(buf.getvalue())\n    cfg = configparser.ConfigParser()\n    cfg.set('s', 'k', h)\n    os.system(cfg.get('s', 'k'))\n    os.system(json.loads(json.dumps({'a': h}))['a'])\n    os.system(base64.b64decode(base64.b64encode(h.encode())).decode())\n    os.system(unquote(quote(h)))\n    os.system(' '.join(['ls', h]))\n    os.system('ls {0[k]}'.format({'k': h}))\n    os.system('ls {x}'.format(x=h))\n    os.system(h[1:5].strip())\n";
    assert_eq!(flask(code), vec![10, 13, 14, 15, 16, 17, 18, 19, 20]);
}

#[test]
fn a_handler_return_value_is_the_response_body() {
    let rule = r#"
from codepathfinder import flows, calls, attribute
from codepathfinder.python_decorators import python_rule

@python_rule(id="T-XSS", severity="HIGH", message="xss")
def detect():
    return flows(
        from_sources=[attribute("flask.request.args")],
        to_sinks=[calls("flask.make_response").tracks(0)],
        sanitized_by=[calls("flask.jsonify", "markupsafe.escape", "html.escape")],
        return_sinks=[calls("*.route")],
        scope="global",
    )
"#;
    let code = "import html\nfrom flask import Flask, request, jsonify\napp = Flask(__name__)\n@app.route('/a')\ndef a():\n    q = request.args.get('q')\n    return '<p>' + q + '</p>'\n@app.route('/b')\ndef b():\n    return jsonify(q=request.args.get('q'))\n@app.route('/c')\ndef c():\n    return '<p>%s</p>' % html.escape(request.args.get('q'))\ndef not_a_handler():\n    return request.args.get('q')\n";
    assert_eq!(lines(rule, code), vec![7]);
}

#[test]
fn round_trips_keep_other_keys_and_unused_format_arguments_clean() {
    let code = "import json, configparser\ndef v():\n    h = request.args.get('h')\n    cfg = configparser.ConfigParser()\n    cfg.add_section('job')\n    cfg.set('job', 'note', h)\n    cfg.set('job', 'target', 'localhost')\n    os.system(cfg.get('job', 'target'))\n    os.system(cfg.get('job', 'note'))\n    data = json.loads(json.dumps({'q': h, 'k': 'ls'}))\n    os.system(data['k'])\n    os.system(data['q'])\n    os.system('{k}'.format(k='ls', note=h))\n    os.system('{0} {1}'.format('ls', h))\n";
    assert_eq!(flask(code), vec![12, 15, 17]);
}

#[test]
fn the_request_object_passed_into_helpers() {
    // A helper reading an attribute of the request it is given, directly or through another helper.
    let code = "def get_param(req, name):\n    return req.form.get(name)\ndef via(req):\n    return get_param(req, 'x')\ndef run(req):\n    os.system(req.form['c'])\ndef v():\n    os.system(get_param(request, 'h'))\n    os.system(via(request))\n    run(request)\n    os.system(get_param(object(), 'h'))\n";
    assert_eq!(flask(code), vec![9, 11, 12]);
}

#[test]
fn queries_assembled_before_an_awaited_execute() {
    let code = "async def v(request, cur):\n    name = request.GET['name']\n    q = \"SELECT * FROM t WHERE name = '%(name)s'\" % {'name': name}\n    await cur.execute(q)\n    q2 = 'SELECT * FROM t WHERE name = %s'\n    await cur.execute(q2, (name,))\n";
    assert_eq!(lines(DJANGO_SQL_RULE, code), vec![4]);
}

#[test]
fn a_wrapper_class_keeping_the_request_on_self() {
    let code = "class Params:\n    def __init__(self, req):\n        self._req = req\n    def get(self, key):\n        return self._req.form.get(key)\n    def setting(self, key):\n        return SETTINGS[key]\nSETTINGS = {'host': 'localhost'}\ndef v():\n    params = Params(request)\n    os.system(params.get('h'))\n    os.system(Params(request).get('h'))\n    os.system(Params(object()).get('h'))\n";
    assert_eq!(flask(code), vec![14, 15]);
}

#[test]
fn converted_lookups_and_hash_digests_carry_no_text() {
    let code = "import hashlib\ndef v():\n    n = str(request.args.get('n', 1, type=int))\n    os.system('sleep ' + n)\n    h = request.args.get('h')\n    os.system('echo ' + hashlib.sha256(h.encode()).hexdigest())\n    os.system('echo ' + str(request.args.get('h', type=str)))\n";
    assert_eq!(flask(code), vec![10]);
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
