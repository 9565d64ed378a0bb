from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import missing


@dockerfile_rule(
    id="DOCKER-SEC-001",
    name="Container Running as Root - Missing USER",
    severity="HIGH",
    category="security",
    cwe="CWE-250",
    message="The final stage of this Dockerfile has no USER instruction, so the container runs as root. Create an unprivileged user and switch to it with USER before CMD/ENTRYPOINT.",
)
def detect_final_stage_without_user():
    """The final stage of the build (the image that runs) never sets USER, so its processes run as root."""
    return missing(instruction="USER")
