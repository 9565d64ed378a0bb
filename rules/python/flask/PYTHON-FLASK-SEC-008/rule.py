from codepathfinder import calls, flows, missing, regex, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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
            # Responses declared plain text or JSON are not parsed as HTML.
            calls(
                "flask.Response", "flask.wrappers.Response", "werkzeug.Response", "werkzeug.wrappers.Response",
                "werkzeug.wrappers.response.Response",
                match_name={"mimetype": regex(r"(?i)^(text/plain|application/json)")},
            ),
            calls(
                "flask.Response", "flask.wrappers.Response", "werkzeug.Response", "werkzeug.wrappers.Response",
                "werkzeug.wrappers.response.Response",
                match_name={"content_type": regex(r"(?i)^(text/plain|application/json)")},
            ),
        ],
        # A string a Flask view function returns is the HTML body of the response (a dict or list becomes
        # JSON). Method shortcuts are matched on Flask objects only: FastAPI's @app.get answers JSON.
        return_sinks=[
            calls("*.route"),
            calls(
                "flask.Flask.get", "flask.Flask.post", "flask.Flask.put", "flask.Flask.patch", "flask.Flask.delete",
                "flask.Blueprint.get", "flask.Blueprint.post", "flask.Blueprint.put", "flask.Blueprint.patch",
                "flask.Blueprint.delete",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
