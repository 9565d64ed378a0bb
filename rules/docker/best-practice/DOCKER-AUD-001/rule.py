from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-AUD-001",
    name="Dockerfile Source Not Pinned",
    severity="LOW",
    category="best-practice",
    cwe="CWE-494",
    message="The base image is referenced by tag only; tags are mutable, so the build can silently get different content. Pin it by digest (image:tag@sha256:...) and update the digest through reviewed changes.",
)
def detect_base_image_without_digest():
    """FROM an image that is not pinned by digest (scratch, build stages and unresolved images excluded)."""
    return instruction(type="FROM", missing_digest=True)
