from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has


@compose_rule(
    id="COMPOSE-SEC-008",
    name="Dangerous Capability Added",
    severity="HIGH",
    category="security",
    cwe="CWE-250",
    message="A capability that gives host-level control (ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN, ...) is added to this service. Drop it, or replace it with the narrow capability or device the service really needs.",
)
def detect_dangerous_capability():
    """cap_add entries that grant host-level power: ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, SYS_BOOT, NET_ADMIN, DAC_READ_SEARCH, BPF, PERFMON, MAC_ADMIN, MAC_OVERRIDE."""
    return service_has(
        key="cap_add",
        regex=(
            r"(?i)^\s*(?:CAP_)?(?:ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|SYS_BOOT|NET_ADMIN"
            r"|DAC_READ_SEARCH|BPF|PERFMON|MAC_ADMIN|MAC_OVERRIDE)\s*$"
        ),
    )
