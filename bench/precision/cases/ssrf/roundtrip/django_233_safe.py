import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import base64
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_233(request):
    url = request.GET["url"]
    encoded = base64.b64encode(url.encode())
    target = "https://api.example.com/health"
    resp = requests.post(f"https://{target}/hooks", json={"ok": True})
    return HttpResponse("ok")
