"""Search and profile views that build HTML by hand instead of rendering templates."""

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.http.response import HttpResponseForbidden
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET


@require_GET
def search(request):
    return HttpResponse("<h1>Results for " + request.GET["q"] + "</h1>")  # expect: PYTHON-DJANGO-SEC-050


@require_GET
def greet(request):
    name = request.GET.get("name", "guest")
    body = f"<p>Welcome back, {name}!</p>"
    return HttpResponse(body, content_type="text/html; charset=utf-8")  # expect: PYTHON-DJANGO-SEC-050


@require_GET
def page(request, slug):
    if slug not in ("about", "contact"):
        return HttpResponseNotFound("<p>No page named %s</p>" % request.path)  # expect: PYTHON-DJANGO-SEC-050
    return HttpResponse("<p>ok</p>")


@require_GET
def tag_cloud(request):
    items = []
    for tag in request.GET.getlist("tag"):
        items.append("<li>{}</li>".format(tag))
    return HttpResponse(mark_safe("<ul>" + "".join(items) + "</ul>"))  # expect: PYTHON-DJANGO-SEC-050


def validate(request):
    email = request.POST.get("email", "")
    if "@" not in email:
        return HttpResponseBadRequest(f"<b>{email}</b> is not an e-mail address")  # expect: PYTHON-DJANGO-SEC-050
    return HttpResponse("saved")


def restricted(request):
    return HttpResponseForbidden("Access denied for " + request.COOKIES.get("user", ""), "application/xhtml+xml")  # expect: PYTHON-DJANGO-SEC-050


@require_GET
def breadcrumbs(request):
    trail = ""
    for crumb in request.GET.getlist("crumb"):
        trail += "<li>" + crumb + "</li>"
    return HttpResponse("<ol>" + trail + "</ol>")  # expect: PYTHON-DJANGO-SEC-050
