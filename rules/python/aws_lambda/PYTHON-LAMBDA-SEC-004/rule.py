from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-004",
    name="Lambda Command Injection via asyncio shell",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Data from the Lambda event is put into a shell command run by asyncio (create_subprocess_shell / loop.subprocess_shell). Use asyncio.create_subprocess_exec() with a fixed program and separate, validated arguments, or quote every event value with shlex.quote().",
)
def detect_lambda_asyncio_shell():
    """Lambda event data reaching the command line of asyncio.create_subprocess_shell or loop.subprocess_shell."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            calls("asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_shell").tracks(0, "cmd"),
            # loop.subprocess_shell(protocol_factory, cmd, ...)
            calls("*.subprocess_shell").tracks(1, "cmd"),
        ],
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
