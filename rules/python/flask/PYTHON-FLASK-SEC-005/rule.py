from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
