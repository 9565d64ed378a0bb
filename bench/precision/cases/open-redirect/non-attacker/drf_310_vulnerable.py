from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case310View(APIView):
    def post(self, request):
        next = request.GET.get("next", "")
        target = str(next).strip()
        return HttpResponseRedirect(target)
