import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


class Case203View(APIView):
    def post(self, request):
        url = request.data["url"]
        resp = httpx.get(url)
        return Response({"ok": True})
