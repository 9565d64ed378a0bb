from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-023",
    name="Prefer apt-get over apt",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="apt is the interactive front end and warns that its command-line interface is not stable for scripts. Use apt-get (or apt-cache) in Dockerfiles.",
)
def detect_apt_in_run():
    """RUN that calls the interactive apt front end (apt install/update/upgrade/remove ...) as a command."""
    return instruction(
        type="RUN",
        regex=r"(?:^\s*(?:--\S+\s+)*(?:\[\s*\x22)?|[;&|(\n]\s*|\b(?:then|do|else)\s+)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:sudo\s+(?:-\S+\s+)*)?apt(?:[\s\x22,]+-[^\s\x22,]+)*[\s\x22,]+(?:install|update|upgrade|full-upgrade|dist-upgrade|remove|purge|autoremove|reinstall)\b",
    )
