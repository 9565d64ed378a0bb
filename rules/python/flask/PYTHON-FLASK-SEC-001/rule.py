from codepathfinder import attribute, calls, flows, variable, PropagationPresets, QueryType
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


class OS(QueryType):
    """The os module's functions, through any import style (import os, from os import system as s)."""

    fqns = ["os"]


@python_rule(
    id="PYTHON-FLASK-SEC-001",
    name="Flask Command Injection via os.system",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Flask request data reaches a shell command run by os.system()/os.popen(), so shell metacharacters in it run extra commands. Run the program with subprocess and an argument list (no shell), or quote each value with shlex.quote().",
)
def detect_flask_os_system_injection():
    """Request data flowing into the command line of os.system() / os.popen()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            OS.method("system").tracks(0, "command"),
            OS.method("popen", "popen2", "popen3", "popen4").tracks(0, "cmd"),
        ],
        sanitized_by=[
            calls("shlex.quote", "shlex.join", "pipes.quote"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
