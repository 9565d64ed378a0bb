from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-BP-030",
    name="Nonsensical Command",
    severity="LOW",
    category="best-practice",
    cwe="CWE-710",
    message="This RUN calls a command that makes no sense during an image build (an interactive tool, a service manager, process or mount control). It has no lasting effect on the image or fails; remove it.",
)
def detect_nonsensical_command():
    """RUN that calls a command that has no useful effect during an image build (ssh, editors, shutdown, service, ps, top, kill, mount, ifconfig ...)."""
    return instruction(
        type="RUN",
        regex=r"(?:^\s*(?:--\S+\s+)*(?:\[\s*\x22)?|[;&|(\n]\s*|\b(?:then|do|else)\s+)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:sudo\s+(?:-\S+\s+)*)?(?:ssh|vim|vi|nano|shutdown|reboot|halt|poweroff|service|ps|free|top|htop|kill|mount|ifconfig)(?:$|[\s;&|)])",
    )
