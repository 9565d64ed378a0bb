from codepathfinder import calls, missing, And, Not, Or, QueryType
from codepathfinder.python_decorators import python_rule


class AnyReceiver(QueryType):
    """set_cookie() is looked up on any object; responses of other frameworks are excluded below."""

    patterns = ["*"]


class OtherFrameworkResponses(QueryType):
    """Responses of frameworks with their own cookie rules or other signatures (Flask has PYTHON-FLASK-AUDIT-009)."""

    fqns = ["tornado.web.RequestHandler"]
    patterns = [
        "flask.*",
        "werkzeug.*",
        "quart.*",
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


# Module-level assignments in a Django settings module (settings.py, settings/production.py, prod_settings.py);
# Django's own global_settings.py holds the framework defaults, not a deployment's configuration.
INSECURE_FLAGS = ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_SECURE"]
CROSS_SITE = ["SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE"]


@python_rule(
    id="PYTHON-DJANGO-SEC-070",
    name="Django Insecure Cookie Settings",
    severity="MEDIUM",
    category="django",
    cwe="CWE-614",
    owasp="A05:2021",
    message="Cookie set without secure=True or httponly=True (Django defaults both to False), or a settings module turns off Secure/HttpOnly/SameSite for the session or CSRF cookie. Pass secure=True, httponly=True and samesite='Lax' (or 'Strict') to set_cookie(), and keep SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE and SESSION_COOKIE_HTTPONLY True in production settings.",
)
def detect_django_insecure_cookie():
    """set_cookie()/set_signed_cookie() where secure or httponly is False or left at its False default, and
    settings modules that switch off the session or CSRF cookie's flags."""
    # HttpResponse.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite):
    # secure is position 6 and httponly position 7 when passed positionally.
    return Or(
        # settings.py: SESSION_COOKIE_SECURE = False, SESSION_COOKIE_SAMESITE = None
        And(
            Or(
                calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: INSECURE_FLAGS, 1: False}),
                calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: CROSS_SITE, 1: [None, "None"]}),
            ),
            # Framework defaults and settings meant for a developer's machine or the test suite.
            Not(calls("*.global_settings.__assign__", "*dev*.__assign__", "*local*.__assign__", "*test*.__assign__")),
        ),
        # response.set_cookie(...) without secure=True and httponly=True
        And(
            Or(
                AnyReceiver.method("set_cookie", "set_signed_cookie").where("secure", [False, None]),
                AnyReceiver.method("set_cookie", "set_signed_cookie").where(6, [False, None]),
                AnyReceiver.method("set_cookie", "set_signed_cookie").where("secure", missing()).where(6, missing()),
                AnyReceiver.method("set_cookie", "set_signed_cookie").where("httponly", [False, None]),
                AnyReceiver.method("set_cookie", "set_signed_cookie").where(7, [False, None]),
                AnyReceiver.method("set_cookie", "set_signed_cookie").where("httponly", missing()).where(7, missing()),
                # SameSite=None: the browser sends the cookie with requests other sites trigger.
                AnyReceiver.method("set_cookie", "set_signed_cookie").where("samesite", ["None", "none"]),
            ),
            Not(OtherFrameworkResponses.method("set_cookie", "set_signed_cookie")),
            # A response cookie has a value; http.cookiejar's jar.set_cookie(cookie_object) does not.
            Or(
                Not(AnyReceiver.method("set_cookie", "set_signed_cookie").where(1, missing())),
                Not(AnyReceiver.method("set_cookie", "set_signed_cookie").where("value", missing())),
            ),
        ),
    )
