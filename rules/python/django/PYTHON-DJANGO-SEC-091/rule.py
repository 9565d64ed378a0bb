from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django or DRF view receives from the client: the shared preset, plus the absolute URL the client
# asked for (its host comes from the Host header).
DJANGO_REQUEST = Sources.django_request() + [
    calls("request.build_absolute_uri", "*.request.build_absolute_uri"),
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
            # Flask's string renderer compiles its first argument as a Jinja2 template, whatever view calls it.
            calls("flask.render_template_string", "flask.templating.render_template_string").tracks(0, "source"),
        ],
        # HTML escaping leaves {{ }} and {% %} intact, so no escaping function counts.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
