from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-021",
    name="Missing -y flag for apt-get",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="apt-get install is run without -y (--yes, --assume-yes, or -qq, which implies it); the build has no terminal to answer the confirmation prompt, so it aborts or hangs. Add the flag.",
)
def detect_apt_get_install_without_yes():
    """RUN that installs packages with apt-get without the flag that answers its confirmation prompt."""
    return instruction(
        type="RUN",
        regex=r"\bapt-get(?:[\s\x22,]+(?:-[oc][\s\x22,]*[^\s\x22,]+|-[^\s\x22,]+))*[\s\x22,]+install\b",
        not_regex=r"(?:^|[\s\x22])(?:-[dfmqsuVb]*y[dfmqsuVb]*|--yes|--assume-yes|--force-yes|-qq|-q=2|--quiet=2)(?:[\s\x22,;&|]|$)|(?i:assume-yes)\W+(?:true|1)\b",
    )
