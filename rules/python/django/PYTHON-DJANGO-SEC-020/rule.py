from codepathfinder import attribute, calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client: attributes of the view's `request` parameter, and of
# `self.request` in class-based views (Django REST framework's `data` and `query_params` included).
# Everything derived from them is tainted: `request.GET["id"]`, `request.POST.get("q")`, `.getlist()`, iteration.
DJANGO_REQUEST = [
    attribute(
        "request.GET",
        "request.POST",
        "request.COOKIES",
        "request.FILES",
        "request.META",
        "request.headers",
        "request.body",
        "request.data",
        "request.query_params",
        "request.path",
        "request.path_info",
        "*.request.GET",
        "*.request.POST",
        "*.request.COOKIES",
        "*.request.FILES",
        "*.request.META",
        "*.request.headers",
        "*.request.body",
        "*.request.data",
        "*.request.query_params",
        "*.request.path",
        "*.request.path_info",
    ),
    calls("request.read", "request.readline", "request.readlines", "request.get_full_path"),
    calls("*.request.read", "*.request.readline", "*.request.readlines", "*.request.get_full_path"),
]


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
