from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def case_291(request):
    params = request.GET.dict()
    next = params.get("next", "")
    return HttpResponseRedirect(next)
