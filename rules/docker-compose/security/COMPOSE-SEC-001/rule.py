from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-001",
    name="Service Running in Privileged Mode",
    severity="CRITICAL",
    category="security",
    cwe="CWE-250",
    message="Service runs in privileged mode: it gets every capability and all host devices, so a compromise of the container is a compromise of the host. Remove privileged and add only the capabilities or devices it needs.",
)
def detect_privileged_service():
    """A service whose privileged key is true in any spelling Compose accepts."""
    return service_has(key="privileged", regex=r"(?i)^\s*(?:true|yes|y|on)\s*$")
