import html
import re
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case337View(APIView):
    def post(self, request):
        name = request.data.get("name", "")
        limit = 10
        if limit * 3 > 100:
            target = name
        else:
            target = "guest"
        return HttpResponse(f"<h2>{target}</h2>", content_type="text/html")
