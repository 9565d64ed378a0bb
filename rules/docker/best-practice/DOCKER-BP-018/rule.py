from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-018",
    name="Use Absolute Path in WORKDIR",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="WORKDIR uses a relative path, which is resolved against the previous WORKDIR (possibly inherited from the base image), so the directory depends on context. Use an absolute path.",
)
def detect_relative_workdir():
    """WORKDIR whose path (after expanding known variables) is relative."""
    return instruction(type="WORKDIR", workdir_not_absolute=True)
