from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import any_of


@dockerfile_rule(
    id="DOCKER-BP-016",
    name="Prefer JSON Notation for CMD/ENTRYPOINT",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="CMD/ENTRYPOINT in shell form runs the program through /bin/sh -c, which usually does not forward SIGTERM, so the container is killed instead of shutting down cleanly (and a shell-form ENTRYPOINT ignores CMD and run arguments). Use the JSON (exec) form.",
)
def detect_shell_form_cmd_entrypoint():
    """CMD or ENTRYPOINT in shell form (not a valid JSON array of strings)."""
    return any_of(
        instruction(type="CMD", command_form="shell"),
        instruction(type="ENTRYPOINT", command_form="shell"),
    )
