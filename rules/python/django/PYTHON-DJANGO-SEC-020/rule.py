from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()


@python_rule(
    id="PYTHON-DJANGO-SEC-020",
    name="Django Code Injection via eval()",
    severity="CRITICAL",
    category="django",
    cwe="CWE-95",
    owasp="A03:2021",
    message="Request data is evaluated as Python code by eval(). Parse the value instead: json.loads() or ast.literal_eval() for data, int()/float() for numbers, or a lookup in a fixed dictionary.",
)
def detect_django_eval_injection():
    """Request data reaching the expression evaluated by the eval() builtin."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[calls("eval").tracks(0, "source", "expression")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
