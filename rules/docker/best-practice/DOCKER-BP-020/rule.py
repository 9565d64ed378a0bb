from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-020",
    name="Missing zypper clean",
    severity="LOW",
    category="best-practice",
    cwe="CWE-459",
    message="zypper leaves the package cache (/var/cache/zypp) in this layer. Finish the same RUN with zypper clean --all.",
)
def detect_zypper_install_without_clean():
    """RUN that installs packages with zypper and leaves the package cache (/var/cache/zypp) in the layer."""
    return instruction(
        type="RUN",
        regex=r"\bzypper(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:install|in)\b",
        not_regex=r"\bzypper(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:clean|cc)\b|/var/cache/zypp",
    )
