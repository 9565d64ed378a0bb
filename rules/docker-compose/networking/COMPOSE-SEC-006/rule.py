from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has, service_missing
from codepathfinder.container_combinators import any_of


@compose_rule(
    id="COMPOSE-SEC-006",
    name="Container Filesystem is Writable",
    severity="LOW",
    category="networking",
    cwe="CWE-732",
    message="The service's root file system is writable. Set read_only: true and give the paths the application writes to their own tmpfs or volume mounts.",
)
def detect_writable_root_filesystem():
    """A service that does not mount its root file system read-only: read_only is absent or false."""
    return any_of(
        service_missing(key="read_only"),
        service_has(key="read_only", regex=r"(?i)^\s*(?:false|no|n|off)\s*$"),
    )
