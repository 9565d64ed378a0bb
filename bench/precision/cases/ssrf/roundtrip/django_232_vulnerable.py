import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_232(request):
    url = request.POST["url"]
    target = url.encode("utf-8").decode("utf-8")
    resp = requests.post(f"https://{target}/hooks", json={"ok": True})
    return HttpResponse("ok")
