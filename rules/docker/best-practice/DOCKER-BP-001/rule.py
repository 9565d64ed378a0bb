from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-001",
    name="Base Image Uses :latest Tag",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-1357",
    message="The base image uses the :latest tag, which moves with every upstream release, so builds are not reproducible. Use a version tag (and a digest).",
)
def detect_latest_base_image_tag():
    """FROM an image with the explicit tag latest and no digest."""
    return instruction(type="FROM", image_tag="latest", missing_digest=True, regex=r"^(?:--\S+\s+)*\S+:latest(?:\s|$)")
