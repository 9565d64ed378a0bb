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
