from codepathfinder import attribute, calls, flows, missing, regex, variable, PropagationPresets
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
    id="PYTHON-FLASK-SEC-008",
    name="Flask XSS via Raw HTML Concatenation",
    severity="HIGH",
    category="flask",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Flask request data is written into an HTML response body without escaping, so a client can inject script into the page (cross-site scripting). Render a template with autoescaping (render_template), or escape each value with markupsafe.escape() before building HTML.",
)
def detect_flask_raw_html_xss():
    """Request data flowing into the body of make_response() or an HTML Response."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls("flask.make_response", "flask.helpers.make_response").tracks(0),
            # Response(body) with the default text/html type, or an explicit HTML type.
            calls(
                "flask.Response", "flask.wrappers.Response", "werkzeug.Response", "werkzeug.wrappers.Response",
                "werkzeug.wrappers.response.Response",
                match_name={"mimetype": missing(), "content_type": missing()},
            ).tracks(0, "response"),
            calls(
                "flask.Response", "flask.wrappers.Response", "werkzeug.Response", "werkzeug.wrappers.Response",
                "werkzeug.wrappers.response.Response",
                match_name={"mimetype": regex(r"(?i)html")},
            ).tracks(0, "response"),
            calls(
                "flask.Response", "flask.wrappers.Response", "werkzeug.Response", "werkzeug.wrappers.Response",
                "werkzeug.wrappers.response.Response",
                match_name={"content_type": regex(r"(?i)html")},
            ).tracks(0, "response"),
        ],
        sanitized_by=[
            # HTML escaping.
            calls(
                "html.escape",
                "markupsafe.escape",
                "flask.escape",
                "jinja2.escape",
                "werkzeug.utils.escape",
                "markupsafe.Markup.escape",
            ),
            # HTML sanitizers that keep an allow-list of tags.
            calls("bleach.clean", "nh3.clean"),
            # Responses that escape or are not HTML: autoescaped templates, JSON, redirects.
            calls("flask.render_template", "flask.jsonify", "flask.json.jsonify", "flask.redirect"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
