from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-007",
    name="Using Host Network Mode",
    severity="HIGH",
    category="security",
    cwe="CWE-668",
    message="network_mode: host shares the host's network stack with the container: its ports are not isolated or published selectively, and it can reach services bound to the host's loopback. Use a bridge network and publish only the ports needed.",
)
def detect_host_network_mode():
    """A service that shares the host's network namespace (network_mode: host)."""
    return service_has(key="network_mode", regex=r"^\s*host\s*$")
