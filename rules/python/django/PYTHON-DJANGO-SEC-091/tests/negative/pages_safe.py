"""Constant templates with the request data in the context."""

from django.http import HttpResponse
from flask import render_template_string
from django.shortcuts import render
from django.template import Context, Engine, Template, engines
from django.utils.html import escape
from django.views import View

NOT_FOUND = Template("<h1>{{ path }} was not found</h1>")  # ok: PYTHON-DJANGO-SEC-091
GREETINGS = {"en": "<p>Hello {{ name }}</p>", "fr": "<p>Bonjour {{ name }}</p>"}


def not_found(request):
    return HttpResponse(NOT_FOUND.render(Context({"path": request.path})), status=404)


def greeting(request):
    source = GREETINGS.get("fr") if request.GET.get("lang") == "fr" else GREETINGS["en"]
    page = engines["django"].from_string(source)  # ok: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render({"name": request.GET.get("name", "guest")}, request))


def share(request):
    page = Engine.get_default().from_string("<a href='{{ link }}'>share</a>")  # ok: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render(Context({"link": request.build_absolute_uri()})))


def profile(request):
    return render(request, "profile.html", {"bio": escape(request.POST.get("bio", ""))})


class ErrorView(View):
    def get(self, request):
        try:
            page = int(self.request.GET["page"])
        except ValueError:
            message = Template("Bad page {{ page }}")  # ok: PYTHON-DJANGO-SEC-091
            return HttpResponse(message.render(Context({"page": self.request.GET["page"]})), status=400)
        banner = Template("<p>Page %d</p>" % page)  # ok: PYTHON-DJANGO-SEC-091
        return HttpResponse(banner.render(Context({})))


def headline(request):
    title = request.GET.get("title", "")
    if not title.isalnum():
        return HttpResponse("bad title", status=400)
    page = Template("<h1>" + title + "</h1>")  # ok: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render(Context({})))


def greeting(request):
    # The name is template data, not template text.
    name = request.POST["name"]
    html = render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # ok: PYTHON-DJANGO-SEC-091
    return HttpResponse(html)
