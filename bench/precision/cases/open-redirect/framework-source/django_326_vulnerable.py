from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def case_326(request):
    next = request.GET["next"]
    return HttpResponseRedirect(next)
