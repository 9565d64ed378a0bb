from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-SEC-006",
    name="Docker Socket Mounted as Volume",
    severity="CRITICAL",
    category="security",
    cwe="CWE-668",
    message="The image declares the Docker socket as a volume, i.e. it expects the host's Docker API socket to be mounted, which gives the container root-equivalent control of the host. Remove it and use a restricted API proxy if Docker access is really needed.",
)
def detect_docker_socket_volume_declaration():
    """VOLUME declaring the Docker API socket path, i.e. the image is built to have the host's socket mounted."""
    return instruction(type="VOLUME", regex=r"(?:^|[\s\[\x22\x27,])(?:[^\s\x22\x27,]*/)?docker\.sock(?:$|[\s\x22\x27,\]])")
