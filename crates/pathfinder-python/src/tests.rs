use super::*;

fn model(src: &str) -> FileModel {
    analyze("pkg/app.py", Arc::from(src))
}

fn call<'m>(m: &'m FileModel, callee: &str) -> &'m CallSite {
    m.find_call(callee).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn resolves_imports_in_all_forms() {
    let m = model(
        "import subprocess as sp\nfrom os import system as run\nimport os.path\nfrom . import sibling\nfrom ..up import thing as t\nsp.call('x')\nrun('y')\nos.path.join('a')\nsibling.go()\nt()\n",
    );
    assert_eq!(call(&m, "sp.call").fqn.as_deref(), Some("subprocess.call"));
    assert!(call(&m, "sp.call").text_is_alias);
    assert_eq!(call(&m, "run").fqn.as_deref(), Some("os.system"));
    assert_eq!(
        call(&m, "os.path.join").fqn.as_deref(),
        Some("os.path.join")
    );
    assert_eq!(
        call(&m, "sibling.go").fqn.as_deref(),
        Some("pkg.sibling.go")
    );
    assert_eq!(call(&m, "t").fqn.as_deref(), Some("up.thing"));
}

#[test]
fn builtins_unless_shadowed() {
    let m = model("eval('1')\ndef f():\n    def eval(x):\n        return x\n    eval('2')\n");
    let evals: Vec<&CallSite> = m.calls.iter().filter(|c| c.callee == "eval").collect();
    assert_eq!(evals[0].fqn.as_deref(), Some("builtins.eval"));
    assert_eq!(evals[1].fqn.as_deref(), Some("pkg.app.f.eval"));
    assert!(evals[1].text_is_alias);
}

#[test]
fn constant_propagation() {
    let m = model(
        "import socket\nHOST = '0.0.0.0'\nPORT = 80\naddr = ('::', 8080, 0, 0)\nX = 'a' + 'b'\nY = 1\nY = 2\ns = socket.socket()\ns.bind((HOST, PORT))\ns.bind(addr)\nprint(X, Y, 0o17, 0x1F, 1_000, -3, 2**10, True, None)\n",
    );
    let binds: Vec<_> = m.calls.iter().filter(|c| c.name == "bind").collect();
    assert_eq!(
        binds[0].args[0].value,
        Value::Tuple(vec![Value::Str("0.0.0.0".into()), Value::Int(80)])
    );
    assert_eq!(
        binds[1].args[0].value.element(0),
        Some(&Value::Str("::".into()))
    );
    assert_eq!(binds[0].receiver_type.as_deref(), Some("socket.socket"));
    assert_eq!(binds[0].fqn.as_deref(), Some("socket.socket.bind"));
    let p = call(&m, "print");
    let values: Vec<_> = p.args.iter().map(|a| a.value.clone()).collect();
    assert_eq!(
        values,
        vec![
            Value::Str("ab".into()),
            Value::Unknown,
            Value::Int(15),
            Value::Int(31),
            Value::Int(1000),
            Value::Int(-3),
            Value::Int(1024),
            Value::Bool(true),
            Value::None
        ]
    );
}

#[test]
fn function_scope_constants_and_parameters() {
    let m = model(
        "import os\ndef serve(host):\n    local = '::'\n    env = os.environ.get('H', '0.0.0.0')\n    f(host, local, env)\n",
    );
    let c = call(&m, "f");
    assert_eq!(c.args[0].value, Value::Unknown);
    assert_eq!(c.args[1].value, Value::Str("::".into()));
    assert_eq!(c.args[2].value, Value::Unknown);
    assert_eq!(m.enclosing(c.scope), Some("serve"));
}

#[test]
fn receiver_types_from_with_annotations_and_self() {
    let m = model(
        r#"
import socket
from multiprocessing.connection import Connection, Listener
import multiprocessing

class Server:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET)
        self.host = "0.0.0.0"

    def start(self):
        self.sock.bind((self.host, 1))

def handle(conn: Connection):
    conn.recv()

with socket.socket() as s:
    s.listen()

a, b = multiprocessing.Pipe()
b.recv()
with Listener(("localhost", 6000)) as listener:
    with listener.accept() as c:
        c.recv()
socket.socket().connect(("h", 1))
"#,
    );
    let bind = call(&m, "self.sock.bind");
    assert_eq!(bind.receiver_type.as_deref(), Some("socket.socket"));
    assert_eq!(
        bind.args[0].value.element(0),
        Some(&Value::Str("0.0.0.0".into()))
    );
    assert_eq!(m.enclosing(bind.scope), Some("Server.start"));
    assert_eq!(
        call(&m, "conn.recv").receiver_type.as_deref(),
        Some("multiprocessing.connection.Connection")
    );
    assert_eq!(
        call(&m, "s.listen").receiver_type.as_deref(),
        Some("socket.socket")
    );
    assert_eq!(
        call(&m, "b.recv").receiver_type.as_deref(),
        Some("multiprocessing.connection.Connection")
    );
    assert_eq!(
        call(&m, "c.recv").receiver_type.as_deref(),
        Some("multiprocessing.connection.Connection")
    );
    assert_eq!(
        call(&m, "socket.socket.connect").receiver_type.as_deref(),
        Some("socket.socket")
    );
}

#[test]
fn keyword_and_positional_arguments_from_the_ast() {
    let m = model("f(a == b, x=1, *rest, y='s', **kw)\n");
    let c = &m.calls[0];
    assert_eq!(c.args[0].position, Some(0));
    assert_eq!(c.args[0].keyword, None);
    assert_eq!(c.keyword("x").map(|a| &a.value), Some(&Value::Int(1)));
    assert_eq!(
        c.keyword("y").map(|a| &a.value),
        Some(&Value::Str("s".into()))
    );
    assert_eq!(c.star_args_at, Some(1));
    assert!(c.has_star_kwargs);
}

#[test]
fn decorators_setitem_and_chains() {
    let m = model(
        "from django.views.decorators.csrf import csrf_exempt\nimport requests\n@csrf_exempt\ndef v(r):\n    pass\napp.config['WTF_CSRF_ENABLED'] = False\nrequests.get(u).json()\n",
    );
    let d = call(&m, "csrf_exempt");
    assert_eq!(d.kind, CallKind::Decorator);
    assert_eq!(
        d.fqn.as_deref(),
        Some("django.views.decorators.csrf.csrf_exempt")
    );
    let s = call(&m, "app.config.__setitem__");
    assert_eq!(s.kind, CallKind::SetItem);
    assert_eq!(s.args[0].value, Value::Str("WTF_CSRF_ENABLED".into()));
    assert_eq!(s.args[1].value, Value::Bool(false));
    assert!(m.calls.iter().any(|c| c.callee == "requests.get.json"));
}

#[test]
fn symbols_and_local_classes() {
    let m = model(
        "import socket as so\nfrom socket import INADDR_ANY\nclass AutoAddPolicy: pass\nf(so.INADDR_ANY, INADDR_ANY, AutoAddPolicy)\nAutoAddPolicy()\n",
    );
    let c = call(&m, "f");
    assert_eq!(c.args[0].value, Value::Symbol("socket.INADDR_ANY".into()));
    assert_eq!(c.args[1].value, Value::Symbol("socket.INADDR_ANY".into()));
    assert_eq!(
        c.args[2].value,
        Value::Symbol("pkg.app.AutoAddPolicy".into())
    );
    assert_eq!(
        call(&m, "AutoAddPolicy").fqn.as_deref(),
        Some("pkg.app.AutoAddPolicy")
    );
}

#[test]
fn subclass_bases_are_resolved() {
    let m = model(
        "import socket\nclass S(socket.socket):\n    def go(self):\n        self.bind(('', 1))\n",
    );
    assert_eq!(m.classes[0].fqn, "pkg.app.S");
    assert_eq!(m.classes[0].bases, vec!["socket.socket".to_string()]);
    assert_eq!(
        call(&m, "self.bind").receiver_type.as_deref(),
        Some("pkg.app.S")
    );
}

#[test]
fn suppressions_and_comments() {
    let m = model("x()  # pathfinder: ignore[A-1, B-2]\ny()  # pathfinder: ignore\nz()  # pathfinder: ignored\ns = '# pathfinder: ignore'\n");
    let at: Vec<(u32, u32, u32, Vec<String>)> = m
        .suppressions
        .iter()
        .map(|d| (d.line, d.first, d.last, d.comment.rules.clone()))
        .collect();
    assert_eq!(
        at,
        vec![
            (1, 1, 1, vec!["A-1".to_string(), "B-2".to_string()]),
            (2, 2, 2, vec![])
        ]
    );
    assert_eq!(m.comments.len(), 3);
}

#[test]
fn suppression_above_a_statement_covers_it() {
    let m = model(
        "# pathfinder: ignore\nrun(\n    a,\n    b)\nx = f(  # pathfinder: ignore[R]\n    1)\ndef g():\n    # pathfinder: ignore\n    with open(p) as fh:\n        h()\n",
    );
    let spans: Vec<(u32, u32, u32)> = m
        .suppressions
        .iter()
        .map(|d| (d.line, d.first, d.last))
        .collect();
    // Above a call statement: all of it. On the first line of one: all of it. Above `with`: its header only.
    assert_eq!(spans, vec![(1, 1, 4), (5, 5, 6), (8, 8, 9)]);
}

#[test]
fn syntax_errors_keep_the_rest() {
    let m = model("import os\ndef broken(:\n    pass\nos.system(cmd)\n");
    assert!(!m.syntax_errors.is_empty());
    assert!(m
        .calls
        .iter()
        .any(|c| c.fqn.as_deref() == Some("os.system")));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let nested = |depth: usize| {
        format!(
            "x = {}1{}\nf({}0{})\ng()\n",
            "(".repeat(depth),
            ")".repeat(depth),
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let on_small_stack = |src: String| {
        std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || model(&src))
            .unwrap()
            .join()
            .unwrap()
    };
    // Deep but under the limit: modelled.
    let m = on_small_stack(nested(900));
    assert!(m.calls.iter().any(|c| c.callee == "f"));
    assert!(m.too_deep.is_empty());
    // Over it: those statements are left out and recorded, the rest is modelled.
    let m = on_small_stack(nested(50_000));
    assert!(!m.calls.iter().any(|c| c.callee == "f"));
    assert!(m.calls.iter().any(|c| c.callee == "g" && c.span.start > 0));
    assert_eq!(m.too_deep, vec![1, 2]);
    assert!(m.syntax_errors.is_empty());
    let depth = 5000;
    let src = format!("y = {}1\n", "-".repeat(depth));
    let m = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || model(&src))
        .unwrap()
        .join()
        .unwrap();
    assert!(m.syntax_errors.is_empty());
}

#[test]
fn positions_count_characters() {
    let m = model("x = 'é'; f()\n");
    let (line, col) = m.position(call(&m, "f").span.start);
    assert_eq!((line, col), (1, 10));
}

#[test]
fn module_names() {
    assert_eq!(bindings::module_name("a/b/c.py"), "a.b.c");
    assert_eq!(bindings::module_name("a/__init__.py"), "a");
    assert_eq!(
        bindings::resolve_relative("a.b.c", false, 1, Some("x")),
        "a.b.x"
    );
    assert_eq!(
        bindings::resolve_relative("a.b", true, 1, Some("x")),
        "a.b.x"
    );
    assert_eq!(bindings::resolve_relative("a.b.c", false, 2, None), "a");
}

#[test]
fn instances_and_class_attributes() {
    let m = model(
        "from cryptography.hazmat.primitives import hashes\nfrom Crypto.Cipher import AES\nalg = hashes.SHA1()\nhashes.Hash(alg)\nclass Box:\n    MODE = AES.MODE_CTR\n    def seal(self, k):\n        return AES.new(k, self.MODE)\n",
    );
    assert_eq!(
        call(&m, "hashes.Hash").args[0].value,
        Value::Instance("cryptography.hazmat.primitives.hashes.SHA1".into())
    );
    assert_eq!(
        call(&m, "AES.new").args[1].value,
        Value::Symbol("Crypto.Cipher.AES.MODE_CTR".into())
    );
}

#[test]
fn attribute_assignments_are_setattr_calls() {
    let m = model("import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE\nlog(form['password'], data.get('token'))\n");
    let s = call(&m, "ctx.__setattr__");
    assert_eq!(s.kind, CallKind::SetAttr);
    assert_eq!(s.receiver_type.as_deref(), Some("ssl.SSLContext"));
    assert_eq!(s.args[0].value, Value::Str("verify_mode".into()));
    assert_eq!(s.args[1].value, Value::Symbol("ssl.CERT_NONE".into()));
    let l = call(&m, "log");
    assert!(l.args[0].names.contains(&"password".to_string()));
    assert!(l.args[1].names.contains(&"token".to_string()));
}

#[test]
fn templates_of_built_strings_and_call_results() {
    let m = model("BASE = 'http://'\nget(f'http://{host}/x')\nget(BASE + host + '/y')\nget('tar %s *' % d)\nget('{} -c'.format(sh))\nget('const')\neval(a)(b)\n");
    let t: Vec<Option<String>> = m
        .calls
        .iter()
        .filter(|c| c.callee == "get")
        .map(|c| c.args[0].template.clone())
        .collect();
    assert_eq!(
        t,
        vec![
            Some("http://{}/x".into()),
            Some("http://{}/y".into()),
            Some("tar %s *".into()),
            Some("{} -c".into()),
            None
        ]
    );
    assert!(m.calls.iter().any(|c| c.callee == "eval()"));
    assert_eq!(m.calls.iter().filter(|c| c.callee == "eval").count(), 1);
}

#[test]
fn name_assignments_are_assign_calls() {
    let m = analyze(
        "proj/settings.py",
        Arc::from("DEBUG = True\nHOSTS: list = ['*']\ndef f():\n    token = make()\na = b = 'x'\nx, y = 1, 2\n"),
    );
    let assigns: Vec<&CallSite> = m
        .calls
        .iter()
        .filter(|c| c.kind == CallKind::Assign)
        .collect();
    let names: Vec<&Value> = assigns.iter().map(|c| &c.args[0].value).collect();
    assert_eq!(
        names,
        vec![
            &Value::Str("DEBUG".into()),
            &Value::Str("HOSTS".into()),
            &Value::Str("token".into()),
            &Value::Str("a".into()),
            &Value::Str("b".into()),
        ]
    );
    assert_eq!(assigns[0].args[1].value, Value::Bool(true));
    // Module level: the settings module's name; inside a function: no resolved name.
    assert_eq!(assigns[0].fqn.as_deref(), Some("proj.settings.__assign__"));
    assert_eq!(assigns[2].fqn, None);
    assert_eq!(assigns[2].callee, "__assign__");
    assert_eq!(m.text(assigns[0].span), "DEBUG = True");
    assert_eq!(m.text(assigns[4].span), "b = 'x'");
}

#[test]
fn python_312_syntax_is_parsed_and_modelled() {
    let m = model(
        "type Pair[T] = tuple[T, T]\ndef f(d):\n    s = f\"{d[\"k\"]} {f\"{d[\"n\"]}\"}\"\n    match d:\n        case {\"x\": x} if check(x):\n            run(f\"{x!r:>{width(1)}}\")\n        case _:\n            pass\n",
    );
    assert!(m.syntax_errors.is_empty(), "{:?}", m.syntax_errors);
    for name in ["check", "run", "width"] {
        assert!(m.calls.iter().any(|c| c.callee == name), "{name} missing");
    }
    let s = m.calls.iter().find(|c| c.kind == CallKind::Assign).unwrap();
    assert_eq!(s.args[1].kind, ExprKind::FString);
}

#[test]
fn stat_constants_take_part_in_arithmetic() {
    let m = model("import os, stat\nos.chmod('p', stat.S_IRWXU | stat.S_IWOTH)\nos.chmod('p', stat.S_IWOTH)\nos.chmod('p', st.st_mode | stat.S_IEXEC)\n");
    let modes: Vec<&Value> = m
        .calls
        .iter()
        .filter(|c| c.callee == "os.chmod")
        .map(|c| &c.args[1].value)
        .collect();
    assert_eq!(
        modes,
        vec![
            &Value::Int(0o702),
            &Value::Symbol("stat.S_IWOTH".into()),
            &Value::Unknown
        ]
    );
}

#[test]
fn returns_in_functions_are_return_calls() {
    let m = model("class Auth:\n    def make_token(self):\n        return gen()\nreturn_value = 1\ndef f():\n    return\n");
    let r: Vec<&CallSite> = m
        .calls
        .iter()
        .filter(|c| c.kind == CallKind::Return)
        .collect();
    assert_eq!(r.len(), 1, "a bare return has no value to model");
    assert_eq!(
        r[0].fqn.as_deref(),
        Some("pkg.app.Auth.make_token.__return__")
    );
    assert_eq!(r[0].args[0].kind, ExprKind::Call);
    assert_eq!(m.text(r[0].span), "return gen()");
}
