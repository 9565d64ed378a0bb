import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_208(request):
    params = request.GET.dict()
    url = params.get("url", "")
    attempts = 0
    target = "https://api.example.com/health"
    while attempts < 1:
        target = url
        attempts += 1
    resp = requests.post(f"https://{target}/hooks", json={"ok": True})
    return HttpResponse("ok")
