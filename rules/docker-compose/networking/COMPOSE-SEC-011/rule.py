from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_has
from codepathfinder.container_combinators import none_of


@compose_rule(
    id="COMPOSE-SEC-011",
    name="Missing no-new-privileges Security Option",
    severity="MEDIUM",
    category="networking",
    cwe="CWE-269",
    message="no-new-privileges is not enabled for this service, so setuid and file-capability binaries in the image can raise a process's privileges. Add no-new-privileges:true to the service's security_opt list.",
)
def detect_missing_no_new_privileges():
    """A service none of whose security_opt entries enables no-new-privileges (either separator, a true value, or the bare option)."""
    return none_of(
        service_has(
            key="security_opt",
            regex=r"^\s*no-new-privileges(?:\s*[:=]\s*(?:true|True|TRUE|t|T|1))?\s*$",
        ),
    )
