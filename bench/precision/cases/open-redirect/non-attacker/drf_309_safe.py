from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case309View(APIView):
    def post(self, request):
        next = request.query_params["next"]
        target = str(int(next))
        return HttpResponseRedirect(target)
