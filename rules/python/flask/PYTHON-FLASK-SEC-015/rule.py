from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


@python_rule(
    id="PYTHON-FLASK-SEC-015",
    name="Flask Unsanitized Input in Response",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Flask request data is wrapped in Markup(), which tells Jinja2 the text is safe HTML, so it is rendered without escaping (cross-site scripting). Pass the plain value to the template and let autoescaping handle it, or build the HTML with Markup(\"<b>{}</b>\").format(value), which escapes the value.",
)
def detect_flask_markup_xss():
    """Request data flowing into Markup(), which disables autoescaping for the value."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls(
                "markupsafe.Markup",
                "flask.Markup",
                "jinja2.Markup",
                "jinja2.utils.Markup",
                "flask.templating.Markup",
            ).tracks(0, "base"),
        ],
        sanitized_by=[
            calls("html.escape", "markupsafe.escape", "flask.escape", "jinja2.escape", "markupsafe.Markup.escape"),
            calls("bleach.clean", "nh3.clean"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
