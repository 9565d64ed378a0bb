from codepathfinder import calls, flows, variable, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


class FlaskTemplating(QueryType):
    """flask and flask.templating both export render_template_string and stream_template_string."""

    fqns = ["flask", "flask.templating"]


class JinjaEnvironment(QueryType):
    """Unsandboxed Jinja2 environments; SandboxedEnvironment (a subclass) is deliberately not matched."""

    fqns = ["jinja2.Environment", "jinja2.environment.Environment"]
    match_subclasses = False


@python_rule(
    id="PYTHON-FLASK-SEC-014",
    name="Flask Server-Side Template Injection",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-1336",
    owasp="A03:2021",
    message="Flask request data becomes part of a Jinja2 template's source, so {{ ... }} in it is evaluated on the server (template injection, leading to code execution). Keep the template constant and pass the data as a context variable: render_template_string(TEMPLATE, name=value).",
)
def detect_flask_ssti():
    """Request data flowing into the template source of render_template_string(), Template() or from_string()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            FlaskTemplating.method("render_template_string", "stream_template_string").tracks(0, "source"),
            calls("jinja2.Template", "jinja2.environment.Template").tracks(0, "source"),
            JinjaEnvironment.method("from_string").tracks(0, "source"),
            # Flask's own environment: app.jinja_env / current_app.jinja_env.
            calls("*.jinja_env.from_string").tracks(0, "source"),
            calls("mako.template.Template").tracks(0, "text"),
        ],
        # Escaping does not help: HTML escaping leaves {{ }} and {% %} intact.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
