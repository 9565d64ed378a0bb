from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-007",
    name="apk add Without --no-cache",
    severity="LOW",
    category="performance",
    cwe="CWE-459",
    message="apk leaves the package index cache (/var/cache/apk) in this layer. Use apk add --no-cache, which fetches the index without storing it.",
)
def detect_apk_add_without_no_cache():
    """RUN that installs packages with apk and leaves the package index cache (/var/cache/apk) in the layer."""
    return instruction(
        type="RUN",
        regex=r"\bapk(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+add\b",
        not_regex=r"--no-cache(?:[\s\x22,]|$)|/var/cache/apk",
    )
