from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-012",
    name="SELinux Separation Disabled",
    severity="MEDIUM",
    category="networking",
    cwe="CWE-693",
    message="SELinux separation is disabled for this service (label:disable); on SELinux hosts the container runs unconfined and can access host files labelled for other processes. Remove it and relabel volumes with :z or :Z instead.",
)
def detect_selinux_label_disable():
    """A security_opt entry that disables SELinux labelling for the container."""
    return service_has(key="security_opt", regex=r"^\s*label\s*[:=]\s*[\"']?disable[\"']?\s*$")
