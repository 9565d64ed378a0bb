import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_507(request):
    greeting = request.META.get("HTTP_X_GREETING", "")
    ctx = {}
    ctx["raw"] = greeting
    ctx["value"] = "Welcome back"
    target = ctx["value"]
    page = render_template_string("<h1>" + target + "</h1>")
    return HttpResponse("ok")
