import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case238View(APIView):
    def post(self, request):
        url = request.headers.get("X-Url", "")
        target = "http://" + url + ":8080/metrics"
        r = requests.get(target)
        return Response({"ok": True})
