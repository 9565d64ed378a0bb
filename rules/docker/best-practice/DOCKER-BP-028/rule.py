from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-028",
    name="Avoid apk upgrade",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-710",
    message="apk upgrade upgrades every package of the base image during the build, which makes the image depend on the day it was built and hides which versions ship. Use a newer base image tag instead, and upgrade only the packages you must patch.",
)
def detect_apk_full_upgrade():
    """RUN that upgrades every installed package with `apk upgrade`."""
    return instruction(
        type="RUN",
        regex=r"\bapk(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+upgrade\b",
    )
