import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_496(request):
    greeting = request.COOKIES.get("greeting", "")
    page = render_template_string("<h1>{{ text }}</h1>", text=greeting)
    return HttpResponse("ok")
