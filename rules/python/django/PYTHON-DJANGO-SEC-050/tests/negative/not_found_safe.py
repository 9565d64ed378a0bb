"""404 pages that put the requested path into an autoescaping Django template."""

from django.http import HttpResponseNotFound
from django.template import Context, Engine, loader

PAGE = "<h1>Not found</h1><p>{{ request_path }} does not exist.</p>"


def page_not_found(request, exception):
    template = loader.get_template("404.html")
    body = template.render({"request_path": request.path}, request)
    # ok: PYTHON-DJANGO-SEC-050
    return HttpResponseNotFound(body)


def technical_404(request, exception):
    template = Engine().from_string(PAGE)
    context = Context({"request_path": request.path_info[1:]})
    # ok: PYTHON-DJANGO-SEC-050
    return HttpResponseNotFound(template.render(context))
