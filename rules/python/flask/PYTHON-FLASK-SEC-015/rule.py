from codepathfinder import attribute, calls, flows, variable, PropagationPresets
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
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


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
