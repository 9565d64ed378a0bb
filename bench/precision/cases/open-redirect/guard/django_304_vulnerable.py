from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def case_304(request):
    next = request.POST["next"]
    if not next.startswith("/"):
        return HttpResponseBadRequest("bad request")
    return HttpResponseRedirect(next)
