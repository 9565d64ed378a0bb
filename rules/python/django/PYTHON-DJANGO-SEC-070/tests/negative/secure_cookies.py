"""Views and middleware that set cookies with the Secure and HttpOnly flags."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from flask import Response as FlaskResponse

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def login_view(request, token):
    response = HttpResponseRedirect("/dashboard/")
    response.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Strict")  # ok: PYTHON-DJANGO-SEC-070
    return response


def remember_me(request):
    response = JsonResponse({"ok": True})
    response.set_signed_cookie(  # ok: PYTHON-DJANGO-SEC-070
        "remember",
        request.user.remember_token,
        salt="remember-me",
        max_age=60 * 60 * 24 * 30,
        secure=True,
        httponly=True,
    )
    return response


def set_language(request):
    response = HttpResponse("saved")
    response.set_cookie("lang", request.POST.get("lang", "en"), **COOKIE_FLAGS)  # ok: PYTHON-DJANGO-SEC-070
    return response


def cart(request):
    response = HttpResponse(status=204)
    response.set_cookie("cart", request.POST["cart_id"], 3600, None, "/", None, True, True)  # ok: PYTHON-DJANGO-SEC-070
    return response


def configured(request):
    response = HttpResponse("ok")
    response.set_cookie(  # ok: PYTHON-DJANGO-SEC-070
        "prefs",
        "compact",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=settings.SESSION_COOKIE_HTTPONLY,
    )
    return response


def logout_view(request):
    response = HttpResponseRedirect("/")
    response.delete_cookie("auth_token")  # ok: PYTHON-DJANGO-SEC-070
    return response


def legacy_flask_bridge(body):
    # A Flask response in a shared utility module is checked by PYTHON-FLASK-AUDIT-009 instead.
    response = FlaskResponse(body)
    response.set_cookie("bridge", "1")  # ok: PYTHON-DJANGO-SEC-070
    return response


def embedded_widget(request):
    response = HttpResponse("ok")
    response.set_cookie("widget", "1", secure=True, httponly=True, samesite="Lax")  # ok: PYTHON-DJANGO-SEC-070
    return response
