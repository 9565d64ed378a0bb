from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-006",
    name="Avoid apt-get upgrade",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-710",
    message="apt-get upgrade, apt-get dist-upgrade or apt full-upgrade upgrades every package of the base image during the build, which makes the image depend on the day it was built and hides which versions ship. Use a newer base image tag instead, and upgrade only the packages you must patch.",
)
def detect_apt_get_full_upgrade():
    """RUN that upgrades every installed package with `apt-get upgrade`, `apt-get dist-upgrade` or `apt full-upgrade`."""
    return instruction(
        type="RUN",
        regex=r"\bapt(?:-get)?(?:[\s\x22,]+(?:-[oc][\s\x22,]*[^\s\x22,]+|-[^\s\x22,]+))*[\s\x22,]+(?:upgrade|dist-upgrade|full-upgrade)\b",
    )
