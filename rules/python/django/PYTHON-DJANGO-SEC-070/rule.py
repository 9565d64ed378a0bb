from codepathfinder import missing, And, Not, Or, QueryType
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


@python_rule(
    id="PYTHON-DJANGO-SEC-070",
    name="Django Insecure Cookie Settings",
    severity="MEDIUM",
    category="django",
    cwe="CWE-614",
    owasp="A05:2021",
    message="Cookie set without secure=True or httponly=True (Django defaults both to False). Pass secure=True, httponly=True and samesite='Lax' (or 'Strict') to set_cookie().",
)
def detect_django_insecure_cookie():
    """set_cookie()/set_signed_cookie() where secure or httponly is False or left at its False default."""
    # HttpResponse.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite):
    # secure is position 6 and httponly position 7 when passed positionally.
    return And(
        Or(
            AnyReceiver.method("set_cookie", "set_signed_cookie").where("secure", [False, None]),
            AnyReceiver.method("set_cookie", "set_signed_cookie").where(6, [False, None]),
            AnyReceiver.method("set_cookie", "set_signed_cookie").where("secure", missing()).where(6, missing()),
            AnyReceiver.method("set_cookie", "set_signed_cookie").where("httponly", [False, None]),
            AnyReceiver.method("set_cookie", "set_signed_cookie").where(7, [False, None]),
            AnyReceiver.method("set_cookie", "set_signed_cookie").where("httponly", missing()).where(7, missing()),
        ),
        Not(OtherFrameworkResponses.method("set_cookie", "set_signed_cookie")),
        # A response cookie has a value; http.cookiejar's jar.set_cookie(cookie_object) does not.
        Or(
            Not(AnyReceiver.method("set_cookie", "set_signed_cookie").where(1, missing())),
            Not(AnyReceiver.method("set_cookie", "set_signed_cookie").where("value", missing())),
        ),
    )
