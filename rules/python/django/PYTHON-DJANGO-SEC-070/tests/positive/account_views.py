"""Login and preference views."""

from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views import View

from .auth import issue_session_token

REMEMBER_SECONDS = 60 * 60 * 24 * 30


def login_view(request):
    token = issue_session_token(request.POST["username"], request.POST["password"])
    response = HttpResponseRedirect("/dashboard/")
    response.set_cookie("auth_token", token)  # expect: PYTHON-DJANGO-SEC-070
    return response


def remember_me(request):
    response = JsonResponse({"ok": True})
    response.set_cookie(  # expect: PYTHON-DJANGO-SEC-070
        "remember",
        request.user.remember_token,
        max_age=REMEMBER_SECONDS,
        secure=True,
    )
    return response


def set_language(request):
    response = render(request, "prefs/saved.html")
    response.set_cookie("lang", request.POST.get("lang", "en"), secure=False, httponly=True)  # expect: PYTHON-DJANGO-SEC-070
    return response


def tracking_opt_out(request):
    response = HttpResponse("saved")
    response.set_signed_cookie("opt_out", "1", salt="privacy", httponly=True)  # expect: PYTHON-DJANGO-SEC-070
    return response


class CartView(View):
    def post(self, request):
        response = HttpResponse(status=204)
        # Positional form: max_age, expires, path, domain, secure, httponly.
        response.set_cookie("cart", request.POST["cart_id"], 3600, None, "/", None, True, False)  # expect: PYTHON-DJANGO-SEC-070
        return response


def embedded_widget(request):
    response = HttpResponse("ok")
    # Secure and HttpOnly, but sent with cross-site requests too.
    response.set_cookie("widget", "1", secure=True, httponly=True, samesite="None")  # expect: PYTHON-DJANGO-SEC-070
    return response
