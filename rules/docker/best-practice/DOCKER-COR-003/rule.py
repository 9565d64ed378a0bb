from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_combinators import instruction_before


@dockerfile_rule(
    id="DOCKER-COR-003",
    name="Multiple CMD Instructions",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-561",
    message="This CMD is overridden by a later CMD in the same build stage and has no effect. Keep only one CMD per stage.",
)
def detect_overridden_cmd():
    """A CMD followed by another CMD in the same build stage: only the last one takes effect."""
    return instruction_before(instruction="CMD", before="CMD")
