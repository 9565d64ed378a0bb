"""404 pages that build the HTML themselves or render it with a template engine that does not escape."""

import jinja2
from django.http import HttpResponseNotFound


def page_not_found(request, exception):
    body = "<h1>Not found</h1><p>%s does not exist.</p>" % request.path
    # ruleid: PYTHON-DJANGO-SEC-050
    return HttpResponseNotFound(body)


def technical_404(request, exception):
    # A bare jinja2.Template has autoescaping off.
    body = jinja2.Template("<p>{{ path }} does not exist.</p>").render(path=request.path_info)
    # ruleid: PYTHON-DJANGO-SEC-050
    return HttpResponseNotFound(body)
