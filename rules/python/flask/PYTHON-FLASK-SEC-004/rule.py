from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
