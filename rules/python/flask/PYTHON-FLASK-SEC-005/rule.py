from codepathfinder import attribute, calls, flows, variable, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request (module-global `flask.request`, through any import or alias):
# query string, form fields, raw and JSON bodies, uploads, cookies, headers, URL rule values, the path and Referer.
# Everything derived from them is tainted too: request.args["q"], request.args.get("q"), request.form.to_dict().
FLASK_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


@python_rule(
    id="PYTHON-FLASK-SEC-005",
    name="Flask Code Injection via exec()",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Flask request data is compiled or executed as Python code by exec()/compile(), which lets a client run any code in the server process. Never execute code from a request; map the input to predefined functions or parse it as data (json.loads, ast.literal_eval).",
)
def detect_flask_exec_injection():
    """Request data flowing into the code given to exec() or compile()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls("exec", "builtins.exec").tracks(0, "source"),
            # compile() turns source text into a code object that exec()/eval() will run.
            calls("compile", "builtins.compile").tracks(0, "source"),
        ],
        # Nothing makes source code safe to execute; conversions such as int() already yield clean values.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
