import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_207(request):
    url = request.GET.getlist("url")[0]
    attempts = 0
    target = "https://api.example.com/health"
    while attempts > 5:
        target = url
        attempts += 1
    resp = requests.post(f"https://{target}/hooks", json={"ok": True})
    return HttpResponse("ok")
