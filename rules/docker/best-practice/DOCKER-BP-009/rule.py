from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-009",
    name="Avoid dnf update",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-710",
    message="dnf update, dnf upgrade or dnf distro-sync upgrades every package of the base image during the build, which makes the image depend on the day it was built and hides which versions ship. Use a newer base image tag instead, and upgrade only the packages you must patch.",
)
def detect_dnf_full_upgrade():
    """RUN that upgrades every installed package with `dnf update`, `dnf upgrade` or `dnf distro-sync`."""
    return instruction(
        type="RUN",
        regex=r"\b(?:micro)?dnf5?(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:update|upgrade|upgrade-minimal|distro-sync)\b",
    )
