from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import missing


@dockerfile_rule(
    id="DOCKER-BP-022",
    name="Missing HEALTHCHECK Instruction",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="The image has no HEALTHCHECK, so Docker cannot tell a hung service from a healthy one. Add a HEALTHCHECK that probes the service (or HEALTHCHECK NONE if health is checked elsewhere).",
)
def detect_missing_healthcheck():
    """The final stage (and the stages it builds on) has no HEALTHCHECK."""
    return missing(instruction="HEALTHCHECK")
