from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()


@python_rule(
    id="PYTHON-DJANGO-SEC-021",
    name="Django Code Injection via exec()",
    severity="CRITICAL",
    category="django",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Request data is executed as Python code by exec(). Never run code received in a request; map the requested action to a fixed function instead.",
)
def detect_django_exec_injection():
    """Request data reaching the code run by the exec() builtin."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[calls("exec").tracks(0, "source", "object")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
