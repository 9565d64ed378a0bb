from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class OS(QueryType):
    """The os module (and posix/nt, which os re-exports)."""

    fqns = ["os", "posix", "nt"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-003",
    name="Lambda Command Injection via os.spawn*()",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Data from the Lambda event decides the program, arguments or environment of a process started with os.spawn*/os.exec*/os.posix_spawn. Keep the program fixed, map event values to constants or validate them strictly, and never run 'sh -c' with event data.",
)
def detect_lambda_os_spawn():
    """Lambda event data reaching any argument of os.spawn*, os.posix_spawn* or os.exec* (program, argv, env)."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            OS.method(
                "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
                "posix_spawn", "posix_spawnp",
                "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe",
            ),
        ],
        # Quoting matters when the spawned program is a shell ("sh", "-c", line).
        sanitized_by=[calls("shlex.quote", "shlex.join", "pipes.quote")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
