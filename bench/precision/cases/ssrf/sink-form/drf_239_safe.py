import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case239View(APIView):
    def post(self, request):
        url = request.data.get("url", "")
        target = "https://api.example.com/metrics?host=" + urllib.parse.quote(url)
        r = requests.get(target)
        return Response({"ok": True})
