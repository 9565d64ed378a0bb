from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class OS(QueryType):
    """The os module (and posix/nt, which os re-exports)."""

    fqns = ["os", "posix", "nt"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-001",
    name="Lambda Command Injection via os.system()",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Data from the Lambda event is put into a shell command run by os.system()/os.popen(). Run the program with subprocess.run() and an argument list (no shell), or quote every event value with shlex.quote().",
)
def detect_lambda_os_system():
    """Lambda event data reaching the command line of os.system / os.popen (the shell parses it)."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            OS.method("system", "popen", "popen2", "popen3", "popen4").tracks(0, "command", "cmd"),
        ],
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
