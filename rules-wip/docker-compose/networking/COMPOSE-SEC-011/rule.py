from codepathfinder.container_decorators import compose_rule
from codepathfinder.container_matchers import service_missing
from codepathfinder.container_combinators import all_of


@compose_rule(
    id="COMPOSE-SEC-011",
    name="Missing no-new-privileges Security Option",
    severity="MEDIUM",
    category="networking",
    cwe="CWE-269",
    message="no-new-privileges is not enabled for this service, so setuid and file-capability binaries in the image can raise a process's privileges. Add no-new-privileges:true to the service's security_opt list.",
)
def detect_missing_no_new_privileges():
    """A service whose security_opt does not enable no-new-privileges (either separator, true value)."""
    return all_of(
        service_missing(key="security_opt", value_contains="no-new-privileges:true"),
        service_missing(key="security_opt", value_contains="no-new-privileges=true"),
    )
