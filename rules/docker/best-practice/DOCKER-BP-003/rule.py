from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-003",
    name="Deprecated MAINTAINER Instruction",
    severity="INFO",
    category="best-practice",
    cwe="CWE-477",
    message="MAINTAINER is deprecated. Use LABEL org.opencontainers.image.authors=<name> instead.",
)
def detect_maintainer_instruction():
    """The deprecated MAINTAINER instruction."""
    return instruction(type="MAINTAINER")
