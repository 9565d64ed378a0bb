from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case330View(APIView):
    def post(self, request):
        next = request.headers.get("X-Next", "")
        return HttpResponseRedirect(next)
