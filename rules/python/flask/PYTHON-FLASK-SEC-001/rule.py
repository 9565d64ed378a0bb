from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
