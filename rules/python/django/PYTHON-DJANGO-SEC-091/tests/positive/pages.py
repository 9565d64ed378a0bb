"""Views that build template source from the request."""

from django.http import HttpResponse
from flask import render_template_string
from django.template import Context, Engine, Template, engines
from django.views import View


def not_found(request):
    # The classic custom 404 page: the requested path goes into the template source.
    template = Template("<h1>%s was not found</h1>" % request.path)  # expect: PYTHON-DJANGO-SEC-091
    return HttpResponse(template.render(Context({})), status=404)


def greeting(request):
    name = request.GET.get("name", "guest")
    source = "<p>Hello " + name + "</p>"
    page = engines["django"].from_string(source)  # expect: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render({}, request))


def share(request):
    link = request.build_absolute_uri()
    page = Engine.get_default().from_string(f"<a href='{link}'>share</a>")  # expect: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render(Context({})))


class ErrorView(View):
    def get(self, request):
        try:
            page = int(self.request.GET["page"])
        except ValueError as exc:
            message = "Bad page %s: %s" % (self.request.GET["page"], exc)
            return HttpResponse(Template(message).render(Context({})), status=400)  # expect: PYTHON-DJANGO-SEC-091
        return HttpResponse(str(page))


def headline(request):
    title = request.GET.get("title", "")
    # Rejecting "{{" leaves "{% debug %}" and other tags open.
    if "{{" in title:
        return HttpResponse("bad title", status=400)
    page = Template("<h1>" + title + "</h1>")  # expect: PYTHON-DJANGO-SEC-091
    return HttpResponse(page.render(Context({})))


def greeting(request):
    # A view rendering with Flask's string renderer compiles the text as a Jinja2 template.
    name = request.POST["name"]
    html = render_template_string("<h1>Hello " + name + "</h1>")  # expect: PYTHON-DJANGO-SEC-091
    return HttpResponse(html)
