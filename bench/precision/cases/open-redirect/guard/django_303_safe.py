from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def case_303(request):
    next = request.GET.get("next", "")
    u = urlparse(next)
    if u.scheme or u.netloc or not next.startswith("/") or next.startswith("//") or "\\" in next:
        return HttpResponseBadRequest("bad request")
    return HttpResponseRedirect(next)
