from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-015",
    name="Missing Image Version",
    severity="MEDIUM",
    category="security",
    cwe="CWE-1357",
    message="The base image has no tag and no digest, so each build pulls whatever 'latest' points to that day. Pin a version tag (and ideally a digest).",
)
def detect_unversioned_base_image():
    """FROM an image with neither a tag nor a digest, which Docker resolves to whatever latest points to at build time."""
    return instruction(type="FROM", image_tag="latest", missing_digest=True, not_regex=r"^(?:--\S+\s+)*\S+:latest(?:\s|$)")
