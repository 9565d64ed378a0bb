from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-017",
    name="Use WORKDIR Instead of cd",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="This RUN changes directory with cd; the change does not carry over to later instructions, which makes the Dockerfile harder to follow. Use WORKDIR to set the directory.",
)
def detect_cd_in_run():
    """RUN that changes directory with cd as a command (outside a subshell)."""
    return instruction(
        type="RUN",
        regex=r"(?:^\s*(?:--\S+\s+)*|[;&|\n]\s*|\b(?:then|do|else)\s+)cd(?:\s|$)",
    )
