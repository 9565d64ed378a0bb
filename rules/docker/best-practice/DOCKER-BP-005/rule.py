from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-005",
    name="apt-get Without --no-install-recommends",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="apt-get install also installs every recommended package, which adds software the image does not need. Add --no-install-recommends.",
)
def detect_apt_get_install_with_recommends():
    """RUN that installs packages with apt-get without --no-install-recommends (or the equivalent apt option)."""
    return instruction(
        type="RUN",
        regex=r"\bapt-get(?:[\s\x22,]+(?:-[oc][\s\x22,]*[^\s\x22,]+|-[^\s\x22,]+))*[\s\x22,]+install\b",
        not_regex=r"--no-install-recommends|(?i:install-recommends)\W+(?:false|0)\b",
    )
