from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-003",
    name="Seccomp Confinement Disabled",
    severity="HIGH",
    category="security",
    cwe="CWE-693",
    message="seccomp is disabled for this service (seccomp:unconfined), exposing the full kernel system-call surface to the container. Remove the option or supply a custom profile that allows only the extra calls needed.",
)
def detect_seccomp_unconfined():
    """A security_opt entry that turns the seccomp profile off."""
    return service_has(key="security_opt", regex=r"^\s*seccomp\s*[:=]\s*[\"']?unconfined[\"']?\s*$")
