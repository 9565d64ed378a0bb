"""Login, preferences and the remember-me cookie."""

from flask import Blueprint, Response, make_response, redirect, request

from .tokens import issue_token

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["POST"])
def login():
    token = issue_token(request.form["username"], request.form["password"])
    resp = make_response(redirect("/"))
    resp.set_cookie("session_token", token)  # expect: PYTHON-FLASK-AUDIT-009
    return resp


@auth.route("/remember", methods=["POST"])
def remember():
    resp = Response("ok")
    resp.set_cookie("remember", request.form["token"], max_age=2592000, secure=True, httponly=False)  # expect: PYTHON-FLASK-AUDIT-009
    return resp


@auth.route("/theme/<name>")
def theme(name):
    resp = Response("saved")
    resp.set_cookie("theme", name, secure=False, httponly=True, samesite="Lax")  # expect: PYTHON-FLASK-AUDIT-009
    return resp


@auth.after_request
def refresh_csrf(response):
    # Positional form: max_age, expires, path, domain, secure.
    response.set_cookie("csrf", request.cookies.get("csrf", ""), 3600, None, "/", None, False, True)  # expect: PYTHON-FLASK-AUDIT-009
    return response


@auth.route("/locale/<code>")
def locale(code):
    resp = make_response(redirect("/"))
    # None is falsy: no Secure attribute either.
    resp.set_cookie("locale", code, secure=None, httponly=True)  # expect: PYTHON-FLASK-AUDIT-009
    return resp


@auth.route("/embed/login")
def embed_login():
    resp = make_response(redirect("/"))
    # Secure and HttpOnly, but sent with cross-site requests too.
    resp.set_cookie("embed_session", "x", secure=True, httponly=True, samesite="None")  # expect: PYTHON-FLASK-AUDIT-009
    return resp
