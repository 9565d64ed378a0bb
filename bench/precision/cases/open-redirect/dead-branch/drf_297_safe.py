from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case297View(APIView):
    def post(self, request):
        next = request.query_params.get("next", "")
        attempts = 0
        target = "/dashboard"
        while attempts > 5:
            target = next
            attempts += 1
        return HttpResponseRedirect(target)
