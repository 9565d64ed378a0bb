import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

SETTINGS = {"greeting": "Welcome back"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.GET.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


def case_519(request):
    params = Params(request)
    target = params.get("greeting")
    page = render_template_string("<h1>" + target + "</h1>")
    return HttpResponse("ok")
