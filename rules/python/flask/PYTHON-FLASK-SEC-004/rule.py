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
    id="PYTHON-FLASK-SEC-004",
    name="Flask Code Injection via eval()",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Flask request data is evaluated as Python by eval(), which lets a client run any code in the server process. Parse the input instead: ast.literal_eval() for literals, json.loads() for data, int()/float() for numbers, or a lookup table of allowed operations.",
)
def detect_flask_eval_injection():
    """Request data flowing into the expression evaluated by eval()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            # The builtin (a local function named eval is not it), also spelled builtins.eval.
            calls("eval", "builtins.eval").tracks(0, "source"),
        ],
        # Nothing makes a string safe to evaluate; conversions such as int() already yield clean values.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
