from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-AUD-003",
    name="Privileged Port Exposed",
    severity="MEDIUM",
    category="best-practice",
    cwe="CWE-250",
    message="The image exposes a port below 1024, which traditionally requires root or CAP_NET_BIND_SERVICE to bind. Listen on an unprivileged port (1024 or higher) and map it at run time.",
)
def detect_privileged_port_exposed():
    """EXPOSE of a port in 1-1023, which traditionally needs root or CAP_NET_BIND_SERVICE to bind."""
    return instruction(type="EXPOSE", port_less_than=1024, port_greater_than=0)
