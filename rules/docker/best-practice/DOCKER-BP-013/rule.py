from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-013",
    name="Missing dnf clean all",
    severity="LOW",
    category="best-practice",
    cwe="CWE-459",
    message="dnf leaves the package and metadata cache (/var/cache/dnf) in this layer. Finish the same RUN with dnf clean all.",
)
def detect_dnf_install_without_clean():
    """RUN that installs packages with dnf and leaves the package and metadata cache (/var/cache/dnf) in the layer."""
    return instruction(
        type="RUN",
        regex=r"\b(?:micro)?dnf5?(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:install|groupinstall|reinstall)\b",
        not_regex=r"\b(?:micro)?dnf5?(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+clean\s+all\b|/var/cache/(?:dnf|yum)",
    )
