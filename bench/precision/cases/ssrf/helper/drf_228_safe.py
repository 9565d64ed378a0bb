import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

SETTINGS = {"url": "https://api.example.com/health"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query_params.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


class Case228View(APIView):
    def post(self, request):
        params = Params(request)
        target = params.setting("url")
        resp = httpx.get(target)
        return Response({"ok": True})
