from codepathfinder import calls, flows, regex, And, Not, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared preset (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters); see the rule DSL reference. Not the request URL
# (Sources.flask_request_url()): redirecting to it keeps the browser on the site it asked for.
FLASK_REQUEST = Sources.flask_request()


# A target whose constant prefix already fixes where the browser goes: a same-site path ("/account/{}", but not
# "/{}", "//{}" or "/%s"), a query or fragment, or an absolute URL whose scheme and host are constant
# ("https://example.com/{}"). Data after such a prefix cannot send the user to another site. `{}` marks a
# value in an f-string or concatenation; %-style and .format() placeholders are never part of a fixed prefix.
FIXED_DESTINATION = r"^(/[^/\\{%]|[?#]|[A-Za-z][A-Za-z0-9+.-]*://[^/\\{}%?#@]+[/?#])"


@python_rule(
    id="PYTHON-FLASK-SEC-012",
    name="Flask Open Redirect",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-601",
    owasp="A01:2021",
    message="Flask request data decides where redirect() sends the browser, so a link to this site can forward users to any other site (phishing, token theft). Redirect to url_for() of a known endpoint, or accept only relative paths checked against an allow-list.",
)
def detect_flask_open_redirect():
    """Request data flowing into the target of redirect() or a Location header, unless a constant prefix fixes the site."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            And(
                calls("flask.redirect", "flask.helpers.redirect", "werkzeug.utils.redirect", "werkzeug.redirect"),
                Not(
                    calls(
                        "flask.redirect", "flask.helpers.redirect", "werkzeug.utils.redirect", "werkzeug.redirect",
                        match_position={0: regex(FIXED_DESTINATION)},
                    )
                ),
                Not(
                    calls(
                        "flask.redirect", "flask.helpers.redirect", "werkzeug.utils.redirect", "werkzeug.redirect",
                        match_name={"location": regex(FIXED_DESTINATION)},
                    )
                ),
            ),
            # response.headers["Location"] = target
            calls("*.headers.__setitem__", match_position={0: regex(r"(?i)^location$")}).tracks(1),
        ],
        sanitized_by=[
            # Builds a URL for an endpoint of this application.
            calls("flask.url_for", "flask.helpers.url_for"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list"],
    )
