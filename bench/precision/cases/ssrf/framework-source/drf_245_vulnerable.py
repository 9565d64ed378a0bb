import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case245View(APIView):
    def post(self, request):
        url = request.query_params.get("url", "")
        resp = requests.get(url, timeout=5)
        return Response({"ok": True})
