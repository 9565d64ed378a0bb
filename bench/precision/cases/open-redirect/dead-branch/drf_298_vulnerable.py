from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case298View(APIView):
    def post(self, request):
        next = request.data["next"]
        attempts = 0
        target = "/dashboard"
        while attempts < 1:
            target = next
            attempts += 1
        return HttpResponseRedirect(target)
