from codepathfinder import missing, Or, QueryType
from codepathfinder.python_decorators import python_rule


class StarletteResponses(QueryType):
    """Starlette responses and FastAPI's re-exports of them (injected `response: Response` parameters included)."""

    fqns = [
        "starlette.responses.Response",
        "starlette.responses.JSONResponse",
        "starlette.responses.HTMLResponse",
        "starlette.responses.PlainTextResponse",
        "starlette.responses.RedirectResponse",
        "starlette.responses.StreamingResponse",
        "starlette.responses.FileResponse",
        "fastapi.Response",
        "fastapi.responses.Response",
        "fastapi.responses.JSONResponse",
        "fastapi.responses.HTMLResponse",
        "fastapi.responses.PlainTextResponse",
        "fastapi.responses.RedirectResponse",
        "fastapi.responses.StreamingResponse",
        "fastapi.responses.FileResponse",
        "fastapi.responses.ORJSONResponse",
        "fastapi.responses.UJSONResponse",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-119",
    name="Starlette/FastAPI Cookie Without Secure Flags",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-1004",
    owasp="A05:2021",
    message="A Starlette/FastAPI cookie is set without httponly=True or secure=True (both default to False), or with samesite=\"none\", so scripts can read it, it travels over plain HTTP, or other sites' requests carry it. Pass httponly=True, secure=True and keep samesite=\"lax\" or \"strict\".",
)
def detect_starlette_insecure_cookie():
    """Response.set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite) with a weak flag."""
    return Or(
        StarletteResponses.method("set_cookie").where("httponly", [False, None]),
        StarletteResponses.method("set_cookie").where(7, [False, None]),
        StarletteResponses.method("set_cookie").where("httponly", missing()).where(7, missing()),
        StarletteResponses.method("set_cookie").where("secure", [False, None]),
        StarletteResponses.method("set_cookie").where(6, [False, None]),
        StarletteResponses.method("set_cookie").where("secure", missing()).where(6, missing()),
        StarletteResponses.method("set_cookie").where("samesite", ["none", "None", "NONE"]),
        StarletteResponses.method("set_cookie").where(8, ["none", "None", "NONE"]),
    )
