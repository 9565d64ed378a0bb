from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-005",
    name="Lambda Command Injection via asyncio exec",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Data from the Lambda event decides the program, arguments or environment of asyncio.create_subprocess_exec(). Keep the program and options constant, validate event values against an allow-list, put '--' before them, and never start 'sh -c' with event data.",
)
def detect_lambda_asyncio_exec():
    """Lambda event data reaching the program, arguments or env of asyncio.create_subprocess_exec."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # create_subprocess_exec(program, *args, ...): the program, every positional argument (a starred
            # list counts at the position it is written) and the child's environment; not stdin/stdout/cwd.
            calls("asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec").tracks(
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, "program", "env"
            ),
        ],
        # Quoting matters when the program is a shell started with -c.
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
