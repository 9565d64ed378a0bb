"""The same views redirecting only within the site."""

from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

TARGETS = ("/", "/account/", "/orders/")


def login_done(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(target)


def switch_language(request):
    target = request.POST.get("return_to", "/")
    if target not in TARGETS:
        return redirect("/")
    # ok: PYTHON-DJANGO-SEC-094
    return redirect(target)


def order(request):
    # ok: PYTHON-DJANGO-SEC-094
    return redirect("/orders/" + request.GET.get("id", ""))


def profile(request):
    # ok: PYTHON-DJANGO-SEC-094
    return redirect(reverse("profile", args=[request.GET.get("user", "")]))


def after_post(request):
    # Back to the page the form was posted from: the request's own path.
    # ok: PYTHON-DJANGO-SEC-094
    return HttpResponseRedirect(request.get_full_path())
