"""The same endpoints with HttpOnly, Secure and a same-site policy."""

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import PlainTextResponse

app = FastAPI()
COOKIE = {"secure": True, "httponly": True, "samesite": "strict"}


@app.post("/login")
def login(response: Response, token: str):
    response.set_cookie("session", token, secure=True, httponly=True)  # ok: PYTHON-LANG-SEC-119
    return {"ok": True}


@app.post("/login/json")
def login_json(token: str):
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session", token, **COOKIE)  # ok: PYTHON-LANG-SEC-119
    resp.delete_cookie("legacy")
    return resp


@app.get("/sso/callback")
def sso_callback(token: str):
    resp = RedirectResponse("/home")
    resp.set_cookie("sso", token, secure=True, httponly=True, samesite="lax")  # ok: PYTHON-LANG-SEC-119
    return resp


def starlette_endpoint(request):
    resp = PlainTextResponse("hi")
    resp.set_cookie("prefs", "dark", 3600, None, "/", None, True, True)  # ok: PYTHON-LANG-SEC-119
    return resp
