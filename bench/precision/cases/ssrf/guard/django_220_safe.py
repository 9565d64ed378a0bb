import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_220(request):
    url = request.GET.get("url", "")
    if url in {"https://api.example.com/health", "https://api.example.com/health-2"}:
        resp = httpx.get(url)
    return HttpResponse("ok")
