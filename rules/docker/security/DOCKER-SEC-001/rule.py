from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction, missing
from codepathfinder.container_combinators import any_of


@dockerfile_rule(
    id="DOCKER-SEC-001",
    name="Container Running as Root - Missing USER",
    severity="MEDIUM",
    category="security",
    cwe="CWE-250",
    message="The image runs as root: its final stage sets no USER, or the USER in effect is root. Create an unprivileged user and switch to it with USER before CMD/ENTRYPOINT.",
)
def detect_image_running_as_root():
    """The image that runs (the final stage) never sets USER, or the USER in effect is root."""
    return any_of(
        missing(instruction="USER"),
        instruction(type="USER", user_name_regex=r"^(?:root|0)$"),
    )
