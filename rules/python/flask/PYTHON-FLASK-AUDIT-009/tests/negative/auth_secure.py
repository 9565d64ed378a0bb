"""Cookies set with Secure and HttpOnly; session cookie flags left on."""

from django.http import HttpResponse
from flask import Blueprint, Flask, Response, make_response, redirect, request

auth = Blueprint("auth", __name__)
COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Lax"}


def create_app():
    app = Flask(__name__)
    app.config["SESSION_COOKIE_SECURE"] = True  # ok: PYTHON-FLASK-AUDIT-009
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"  # ok: PYTHON-FLASK-AUDIT-009
    app.config.update(SESSION_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SECURE=True)  # ok: PYTHON-FLASK-AUDIT-009
    return app


@auth.route("/login", methods=["POST"])
def login(token):
    resp = make_response(redirect("/"))
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Strict")  # ok: PYTHON-FLASK-AUDIT-009
    return resp


@auth.route("/theme/<name>")
def theme(name):
    resp = Response("saved")
    resp.set_cookie("theme", name, **COOKIE_OPTIONS)  # ok: PYTHON-FLASK-AUDIT-009
    return resp


@auth.after_request
def refresh_csrf(response):
    response.set_cookie("csrf", request.cookies.get("csrf", ""), 3600, None, "/", None, True, True)  # ok: PYTHON-FLASK-AUDIT-009
    return response


@auth.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    resp.delete_cookie("session_token")  # ok: PYTHON-FLASK-AUDIT-009
    return resp


def django_bridge(value):
    # A Django response in shared code is checked by PYTHON-DJANGO-SEC-070 instead.
    response = HttpResponse("ok")
    response.set_cookie("bridge", value)  # ok: PYTHON-FLASK-AUDIT-009
    return response


@auth.route("/locale/<code>")
def locale(code):
    resp = make_response(redirect("/"))
    resp.set_cookie("locale", code, max_age=31536000, secure=True, httponly=True, samesite="Lax")  # ok: PYTHON-FLASK-AUDIT-009
    return resp


@auth.route("/embed/login")
def embed_login():
    resp = make_response(redirect("/"))
    resp.set_cookie("embed_session", "x", secure=True, httponly=True, samesite="Strict")  # ok: PYTHON-FLASK-AUDIT-009
    return resp
