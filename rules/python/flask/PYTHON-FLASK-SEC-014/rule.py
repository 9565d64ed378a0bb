from codepathfinder import attribute, calls, flows, variable, PropagationPresets, QueryType
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request (module-global `flask.request`, through any import or alias):
# query string, form fields, raw and JSON bodies, uploads, cookies, headers, URL rule values, the path and Referer.
# Everything derived from them is tainted too: request.args["q"], request.args.get("q"), request.form.to_dict().
FLASK_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
        # The URL as the client sent it: the 404 page that echoes request.url is the classic injection.
        "flask.request.url",
        "flask.request.base_url",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


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
    )
