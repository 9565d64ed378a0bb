import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def case_241(request):
    url = request.POST.get("url", "")
    resp = requests.get(url, timeout=5)
    return HttpResponse("ok")
