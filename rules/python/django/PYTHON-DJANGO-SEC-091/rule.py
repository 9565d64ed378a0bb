from codepathfinder import attribute, calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client: attributes of the view's `request` parameter and of
# `self.request` in class-based views, including the path and the URL the client asked for.
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
    calls("request.get_full_path", "request.build_absolute_uri", "request.read"),
    calls("*.request.get_full_path", "*.request.build_absolute_uri", "*.request.read"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-091",
    name="Django Server-Side Template Injection",
    severity="HIGH",
    category="django",
    cwe="CWE-1336",
    owasp="A03:2021",
    message="Django request data becomes part of a template's source, so {{ ... }} and {% ... %} in it are evaluated on the server ({{ settings.SECRET_KEY }}-style disclosure, template-tag abuse). Keep the template constant and pass the data in the context: Template(TEXT).render(Context({\"name\": value})).",
)
def detect_django_ssti():
    """Django request data flowing into the source of a Django (or Jinja2) template compiled in a view."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            calls("django.template.Template", "django.template.base.Template").tracks(0, "template_string"),
            # Engine().from_string(), engines["django"].from_string(), and Jinja2 environments used by views.
            calls("*.from_string").tracks(0, "template_code", "source"),
            calls("jinja2.Template", "jinja2.environment.Template").tracks(0, "source"),
        ],
        # HTML escaping leaves {{ }} and {% %} intact, so no escaping function counts.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
