from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-002",
    name="Docker Socket Exposed to Container",
    severity="CRITICAL",
    category="security",
    cwe="CWE-668",
    message="The Docker API socket is mounted into this service: any process in the container can start a privileged container and take over the host. Remove the mount or put a filtering socket proxy in front of it.",
)
def detect_docker_socket_volume():
    """A service volume whose host side is the Docker (or Podman) API socket or the Windows Docker named pipe."""
    return service_has(
        key="volumes",
        source_regex=r"(?:^|/)(?:docker|podman)\.sock$|^(?:\\\\|//)\.(?:\\|/)pipe(?:\\|/)docker_engine$",
    )
