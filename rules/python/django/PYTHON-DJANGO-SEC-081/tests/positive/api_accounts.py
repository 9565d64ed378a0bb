"""Account API: DRF views and a form-based view sharing a helper that stores the password."""

from django import forms
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views import View
from rest_framework.decorators import api_view
from rest_framework.response import Response


class PasswordForm(forms.Form):
    password = forms.CharField(required=False)


def store_password(user, raw):
    user.set_password(raw)  # expect: PYTHON-DJANGO-SEC-081
    user.save()


@api_view(["POST"])
def api_set_password(request):
    request.user.set_password(request.data.get("password", ""))  # expect: PYTHON-DJANGO-SEC-081
    request.user.save()
    return Response({"ok": True})


class FormPasswordView(View):
    def post(self, request):
        form = PasswordForm(request.POST)
        if form.is_valid():
            store_password(request.user, form.cleaned_data.get("password", ""))
        return JsonResponse({"ok": form.is_valid()})
