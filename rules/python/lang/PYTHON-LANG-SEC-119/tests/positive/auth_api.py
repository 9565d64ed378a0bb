"""FastAPI and Starlette endpoints that set session cookies with weak flags."""

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import PlainTextResponse

app = FastAPI()


@app.post("/login")
def login(response: Response, token: str):
    response.set_cookie("session", token)  # expect: PYTHON-LANG-SEC-119
    return {"ok": True}


@app.post("/login/json")
def login_json(token: str):
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session", token, secure=True, httponly=False)  # expect: PYTHON-LANG-SEC-119
    return resp


@app.get("/sso/callback")
def sso_callback(token: str):
    resp = RedirectResponse("/home")
    # Sent on requests from any site: cross-site request forgery.
    resp.set_cookie("sso", token, secure=True, httponly=True, samesite="none")  # expect: PYTHON-LANG-SEC-119
    return resp


def starlette_endpoint(request):
    resp = PlainTextResponse("hi")
    resp.set_cookie("prefs", "dark", 3600, None, "/", None, False, True)  # expect: PYTHON-LANG-SEC-119
    return resp
