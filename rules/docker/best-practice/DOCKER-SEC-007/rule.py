from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-SEC-007",
    name="Sudo Usage in Dockerfile",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-250",
    message="This RUN uses sudo. Build steps already run as the current USER; sudo adds unpredictable TTY and signal behaviour and usually means the image ships sudo and a privileged user. Switch with USER root / USER app around the step, or use gosu/su-exec at run time.",
)
def detect_sudo_in_run():
    """RUN that invokes sudo as a command."""
    return instruction(
        type="RUN",
        regex=r"(?:^\s*(?:--\S+\s+)*(?:\[\s*\x22)?|[;&|(\n]\s*|\b(?:then|do|else)\s+)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*sudo(?:$|[\s;&|)])",
    )
