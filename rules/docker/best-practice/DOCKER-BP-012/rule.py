from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-012",
    name="Missing yum clean all",
    severity="LOW",
    category="best-practice",
    cwe="CWE-459",
    message="yum leaves the package and metadata cache (/var/cache/yum) in this layer. Finish the same RUN with yum clean all (and rm -rf /var/cache/yum).",
)
def detect_yum_install_without_clean():
    """RUN that installs packages with yum and leaves the package and metadata cache (/var/cache/yum) in the layer."""
    return instruction(
        type="RUN",
        regex=r"\byum(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:install|groupinstall|localinstall|reinstall)\b",
        not_regex=r"\byum(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+clean\s+all\b|/var/cache/yum",
    )
