from codepathfinder import missing, And, Not, Or, QueryType
from codepathfinder.python_decorators import python_rule


class AnyReceiver(QueryType):
    """set_cookie() is looked up on any object; responses of other frameworks are excluded below."""

    patterns = ["*"]


class OtherFrameworkResponses(QueryType):
    """Responses of frameworks with their own cookie rules or other signatures (Django has PYTHON-DJANGO-SEC-070)."""

    fqns = ["tornado.web.RequestHandler"]
    patterns = [
        "django.*",
        "rest_framework.*",
        "starlette.*",
        "fastapi.*",
        "aiohttp.*",
        "sanic.*",
        "falcon.*",
        "bottle.*",
        "pyramid.*",
        "webob.*",
        "tornado.*",
    ]


class AppConfig(QueryType):
    """A Flask application's config mapping (app.config, current_app.config, self.app.config)."""

    patterns = ["*.config"]


# Flask's session cookie and Flask-Login's remember-me cookie.
COOKIE_FLAGS = ["SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "REMEMBER_COOKIE_SECURE", "REMEMBER_COOKIE_HTTPONLY"]


@python_rule(
    id="PYTHON-FLASK-AUDIT-009",
    name="Flask Cookie Without Secure Flags",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-614",
    owasp="A05:2021",
    message="Cookie set without secure=True or httponly=True (both default to False in Flask). Pass secure=True, httponly=True and samesite='Lax' to set_cookie(), and keep SESSION_COOKIE_SECURE/HTTPONLY enabled.",
)
def detect_flask_insecure_cookie():
    """response.set_cookie() with secure/httponly False or left at the False default; cookie flags turned off in app.config."""
    # Response.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite):
    # secure is position 6 and httponly position 7 when passed positionally.
    return Or(
        And(
            Or(
                AnyReceiver.method("set_cookie").where("secure", [False, None]),
                AnyReceiver.method("set_cookie").where(6, [False, None]),
                AnyReceiver.method("set_cookie").where("secure", missing()).where(6, missing()),
                AnyReceiver.method("set_cookie").where("httponly", [False, None]),
                AnyReceiver.method("set_cookie").where(7, [False, None]),
                AnyReceiver.method("set_cookie").where("httponly", missing()).where(7, missing()),
                # SameSite=None: the browser sends the cookie with requests other sites trigger.
                AnyReceiver.method("set_cookie").where("samesite", ["None", "none"]),
                AnyReceiver.method("set_cookie").where(8, ["None", "none"]),
            ),
            Not(OtherFrameworkResponses.method("set_cookie")),
            # A response cookie has a value; http.cookiejar's jar.set_cookie(cookie_object) does not.
            Or(
                Not(AnyReceiver.method("set_cookie").where(1, missing())),
                Not(AnyReceiver.method("set_cookie").where("value", missing())),
            ),
        ),
        AppConfig.method("__setitem__").where(0, COOKIE_FLAGS).where(1, False),
        AppConfig.method("update", "from_mapping").where("SESSION_COOKIE_SECURE", False),
        AppConfig.method("update", "from_mapping").where("SESSION_COOKIE_HTTPONLY", False),
        AppConfig.method("update", "from_mapping").where("REMEMBER_COOKIE_SECURE", False),
        AppConfig.method("update", "from_mapping").where("REMEMBER_COOKIE_HTTPONLY", False),
        AppConfig.method("update", "from_mapping").where(0, {"SESSION_COOKIE_SECURE": False}),
        AppConfig.method("update", "from_mapping").where(0, {"SESSION_COOKIE_HTTPONLY": False}),
    )
