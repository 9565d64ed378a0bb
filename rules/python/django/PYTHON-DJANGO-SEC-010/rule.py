from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# Quoting that makes a value one literal shell word.
SHELL_QUOTING = [calls("shlex.quote", "shlex.join", "pipes.quote")]


@python_rule(
    id="PYTHON-DJANGO-SEC-010",
    name="Django Command Injection via os.system()",
    severity="CRITICAL",
    category="django",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Request data is part of a shell command run by os.system()/os.popen(). Run the program with subprocess and an argument list (no shell), or quote each value with shlex.quote().",
)
def detect_django_os_system_injection():
    """Request data reaching the command string of os.system() or os.popen()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[calls("os.system", "os.popen").tracks(0, "command", "cmd")],
        sanitized_by=SHELL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
