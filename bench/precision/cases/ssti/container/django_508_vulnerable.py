import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_508(request):
    greeting = request.body.decode()
    ctx = {}
    ctx["value"] = "Welcome back"
    ctx["value"] = greeting
    target = ctx["value"]
    page = render_template_string("<h1>" + target + "</h1>")
    return HttpResponse("ok")
