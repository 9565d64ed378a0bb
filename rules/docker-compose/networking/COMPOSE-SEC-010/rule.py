from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-010",
    name="Using Host IPC Mode",
    severity="MEDIUM",
    category="networking",
    cwe="CWE-668",
    message="ipc: host shares the host's System V IPC and POSIX shared memory with the container, so it can read or corrupt shared memory segments of host processes. Use a private or shareable IPC namespace.",
)
def detect_host_ipc_mode():
    """A service that shares the host's IPC namespace (ipc: host)."""
    return service_has(key="ipc", regex=r"^\s*host\s*$")
