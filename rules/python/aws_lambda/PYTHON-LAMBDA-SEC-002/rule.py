from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class Subprocess(QueryType):
    """The subprocess module."""

    fqns = ["subprocess"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-002",
    name="Lambda Command Injection via subprocess",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Data from the Lambda event is put into a command run by subprocess. Keep the program and options fixed, pass event values as separate list elements after '--' without shell=True, validate them against an allow-list, and quote with shlex.quote() if a shell is unavoidable.",
)
def detect_lambda_subprocess():
    """Lambda event data reaching the command (args / executable) of a subprocess call, string or list form."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            Subprocess.method(
                "run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput"
            ).tracks(0, "args", "cmd", "executable"),
        ],
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
