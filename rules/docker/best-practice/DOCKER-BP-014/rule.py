from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-014",
    name="Remove apt Package Lists",
    severity="LOW",
    category="best-practice",
    cwe="CWE-459",
    message="apt-get leaves the package lists downloaded by apt-get update (/var/lib/apt/lists) in this layer. Add && rm -rf /var/lib/apt/lists/* at the end of the same RUN.",
)
def detect_apt_lists_not_removed():
    """RUN that installs packages with apt-get and leaves the package lists downloaded by apt-get update (/var/lib/apt/lists) in the layer."""
    return instruction(
        type="RUN",
        regex=r"\bapt-get(?:[\s\x22,]+(?:-[oc][\s\x22,]*[^\s\x22,]+|-[^\s\x22,]+))*[\s\x22,]+install\b",
        not_regex=r"/var/lib/apt/lists|/var/lib/apt\b",
    )
