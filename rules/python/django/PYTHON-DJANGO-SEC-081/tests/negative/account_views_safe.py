"""Account views that require a password value instead of defaulting to an empty one."""

import os
import secrets

from django import forms
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.http import HttpResponseBadRequest, JsonResponse

SERVICE_DEFAULTS = {"password": ""}


class SignupForm(forms.Form):
    username = forms.CharField()
    password = forms.CharField(min_length=12)


def change_password(request):
    password = request.POST["new_password"]
    validate_password(password, request.user)
    request.user.set_password(password)  # ok: PYTHON-DJANGO-SEC-081
    request.user.save()
    return JsonResponse({"changed": True})


def signup(request):
    form = SignupForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("invalid")
    user = User.objects.create_user(form.cleaned_data["username"], None, form.cleaned_data["password"])  # ok: PYTHON-DJANGO-SEC-081
    return JsonResponse({"id": user.pk})


def reset(request, user_id):
    user = User.objects.get(pk=user_id)
    password = request.POST.get("password")
    user.set_password(password)  # ok: PYTHON-DJANGO-SEC-081
    user.save()
    return JsonResponse({"reset": True})


def generated(request, user_id):
    user = User.objects.get(pk=user_id)
    user.set_password(secrets.token_urlsafe(16))  # ok: PYTHON-DJANGO-SEC-081
    user.save()
    nickname = request.POST.get("nickname", "")
    user.first_name = nickname
    user.save()
    return JsonResponse({"reset": True})


def service_account(request):
    password = SERVICE_DEFAULTS.get("password", "")
    env_password = os.environ.get("SERVICE_PASSWORD", "")
    hashed = make_password(env_password)  # ok: PYTHON-DJANGO-SEC-081
    user = User.objects.create_user("service", "svc@example.com", password or None)  # ok: PYTHON-DJANGO-SEC-081
    return JsonResponse({"id": user.pk, "hash": hashed[:10]})


def reset_default(request, user_id):
    user = User.objects.get(pk=user_id)
    password = request.POST.get("password", "")
    password = secrets.token_urlsafe(16)
    user.set_password(password)  # ok: PYTHON-DJANGO-SEC-081
    user.save()
    return JsonResponse({"reset": True})


def guarded(request):
    password = request.POST.get("password", "")
    if not password:
        return HttpResponseBadRequest("password required")
    # The empty-value check above is not understood by the engine (no path-sensitive guards).
    request.user.set_password(password)  # todook: PYTHON-DJANGO-SEC-081
    request.user.save()
    return JsonResponse({"changed": True})
