import html
import re
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case373View(APIView):
    def post(self, request):
        name = request.headers.get("X-Name", "")
        return HttpResponse("<p>Result: " + name + "</p>")
