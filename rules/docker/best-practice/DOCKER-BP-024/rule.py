from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-024",
    name="Install Only One of wget or curl",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="This RUN installs or uses both curl and wget; one HTTP client is enough. Pick one to keep the image smaller and its tool set minimal.",
)
def detect_curl_and_wget():
    """A RUN that installs or uses both curl and wget."""
    return instruction(
        type="RUN",
        regex=r"(?s)(?:^|[\s;&|(])curl[\s;&|)](?:.*[\s;&|(])?wget(?:$|[\s;&|)])|(?:^|[\s;&|(])wget[\s;&|)](?:.*[\s;&|(])?curl(?:$|[\s;&|)])",
    )
