from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-009",
    name="Using Host PID Mode",
    severity="HIGH",
    category="security",
    cwe="CWE-668",
    message="pid: host shares the host's process namespace: the container sees every host process, their command lines and environments, and can signal or trace them. Remove it unless the service is a host monitoring agent.",
)
def detect_host_pid_mode():
    """A service that shares the host's process namespace (pid: host)."""
    return service_has(key="pid", regex=r"^\s*host\s*$")
