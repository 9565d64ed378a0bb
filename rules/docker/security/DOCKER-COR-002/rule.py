from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction
from codepathfinder.container_combinators import any_of


@dockerfile_rule(
    id="DOCKER-COR-002",
    name="Invalid Port Number",
    severity="MEDIUM",
    category="security",
    cwe="CWE-710",
    message="EXPOSE names a port outside 1-65535, which no TCP or UDP service can listen on; the build fails or the metadata is wrong. Fix the port number.",
)
def detect_invalid_exposed_port():
    """EXPOSE of a port outside 1-65535 (including the upper end of a range)."""
    return any_of(
        instruction(type="EXPOSE", port_less_than=1),
        instruction(type="EXPOSE", port_greater_than=65535),
    )
