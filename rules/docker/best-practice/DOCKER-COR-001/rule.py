from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_combinators import instruction_before


@dockerfile_rule(
    id="DOCKER-COR-001",
    name="Multiple ENTRYPOINT Instructions",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-561",
    message="This ENTRYPOINT is overridden by a later ENTRYPOINT in the same build stage and has no effect. Keep only one ENTRYPOINT per stage.",
)
def detect_overridden_entrypoint():
    """A ENTRYPOINT followed by another ENTRYPOINT in the same build stage: only the last one takes effect."""
    return instruction_before(instruction="ENTRYPOINT", before="ENTRYPOINT")
