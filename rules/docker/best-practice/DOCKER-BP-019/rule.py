from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-019",
    name="Avoid zypper update",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-710",
    message="zypper update (up) or zypper dist-upgrade (dup) upgrades every package of the base image during the build, which makes the image depend on the day it was built and hides which versions ship. Use a newer base image tag instead, and upgrade only the packages you must patch.",
)
def detect_zypper_full_upgrade():
    """RUN that upgrades every installed package with `zypper update` (`up`) or `zypper dist-upgrade` (`dup`)."""
    return instruction(
        type="RUN",
        regex=r"\bzypper(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:update|up|dist-upgrade|dup)\b",
    )
