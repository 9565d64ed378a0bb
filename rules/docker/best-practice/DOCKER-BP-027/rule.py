from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-027",
    name="Avoid --platform Flag with FROM",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="FROM pins a literal --platform, so the image is built for that platform even when another target is requested (emulated, slow, or the wrong architecture). Remove it or use $BUILDPLATFORM / $TARGETPLATFORM.",
)
def detect_hardcoded_platform():
    """FROM --platform with a literal platform instead of a build-platform variable."""
    return instruction(type="FROM", regex=r"(?:^|\s)--platform(?:=|\s+)[\x22\x27]?[^$\x22\x27\s]")
