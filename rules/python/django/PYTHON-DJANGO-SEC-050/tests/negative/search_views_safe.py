"""Search and widget views that escape request data or do not serve it as HTML."""

import os

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.views import View

GREETINGS = {"en": "<p>Welcome!</p>", "de": "<p>Willkommen!</p>"}


def search(request):
    return HttpResponse("<h1>Results for " + escape(request.GET["q"]) + "</h1>")  # ok: PYTHON-DJANGO-SEC-050


def greet(request):
    body = format_html("<p>Welcome back, {}!</p>", request.GET.get("name", "guest"))
    return HttpResponse(body)  # ok: PYTHON-DJANGO-SEC-050


def page(request, slug):
    html = render_to_string("pages/missing.html", {"path": request.path})
    return HttpResponseNotFound(html)  # ok: PYTHON-DJANGO-SEC-050


def echo_text(request):
    return HttpResponse(request.GET.get("text", ""), content_type="text/plain")  # ok: PYTHON-DJANGO-SEC-050


def echo_csv(request):
    return HttpResponse("name\n" + request.GET.get("name", ""), "text/csv")  # ok: PYTHON-DJANGO-SEC-050


def tags(request):
    return JsonResponse({"tags": request.GET.getlist("tag")})


def profile(request):
    return render(request, "profile.html", {"name": request.GET.get("name")})


def counter(request):
    count = int(request.GET.get("count", "0"))
    return HttpResponse("<p>%d items</p>" % count)  # ok: PYTHON-DJANGO-SEC-050


def banner(request):
    greeting = GREETINGS.get("en")
    motd = os.environ.get("MOTD_HTML", "")
    footer = settings.SITE.get("footer_html", "")
    return HttpResponse(greeting + motd + footer)  # ok: PYTHON-DJANGO-SEC-050


class QuoteWidgetView(View):
    def get(self, request):
        quote = request.GET.get("quote", "")
        quote = "Simplicity is prerequisite for reliability."
        return HttpResponse(f"<blockquote>{quote}</blockquote>")  # ok: PYTHON-DJANGO-SEC-050
