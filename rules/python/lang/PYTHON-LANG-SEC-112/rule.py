from codepathfinder import attribute, calls, flows, variable, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a client controls in a web request, spelled out per framework. Flask: the module-global
# `flask.request` (any import or alias) and route handlers' URL variables. Django: the view's `request`
# parameter and `self.request` in class-based views; not `request.META`, which also holds values the server
# and middleware put there (CSRF_COOKIE, REMOTE_ADDR). Everything derived from them is tainted too.
WEB_REQUEST = [
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
        "request.GET",
        "request.POST",
        "request.COOKIES",
        "request.FILES",
        "request.headers",
        "request.body",
        "request.data",
        "request.query_params",
        "*.request.GET",
        "*.request.POST",
        "*.request.COOKIES",
        "*.request.FILES",
        "*.request.headers",
        "*.request.body",
        "*.request.data",
        "*.request.query_params",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


@python_rule(
    id="PYTHON-LANG-SEC-112",
    name="Trust Boundary Violation via Session",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-501",
    owasp="A04:2021",
    message="Request data is stored in the server-side session, where later code treats it as trusted server state (a role, a verified user, a price). Validate the value first, store an identifier the server looked up itself, or keep client choices out of the session.",
)
def detect_session_trust_boundary():
    """Web request data stored as a key or value of the Flask or Django session."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            # Flask: session[key] = value, session.update(...), session.setdefault(key, value)
            calls("flask.session.__setitem__").tracks(0, 1),
            calls("flask.session.update", "flask.session.setdefault").tracks(0, 1),
            # Django: request.session[key] = value in function views and self.request in class-based views
            calls("request.session.__setitem__", "*.request.session.__setitem__").tracks(0, 1),
            calls(
                "request.session.update",
                "request.session.setdefault",
                "*.request.session.update",
                "*.request.session.setdefault",
            ).tracks(0, 1),
        ],
        # What the server looked up itself (an ORM row, an authenticated user) is server data, even when the
        # lookup key came from the request.
        sanitized_by=[
            calls(
                "*.query.get",
                "*.query.filter_by",
                "*.query.filter",
                "*.get_or_404",
                "*.first_or_404",
                "*.objects.get",
                "*.objects.filter",
                "django.shortcuts.get_object_or_404",
                "django.contrib.auth.authenticate",
            ),
            # Django's session hash: an HMAC of the stored password hash, computed by the server.
            calls("*.get_session_auth_hash"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
