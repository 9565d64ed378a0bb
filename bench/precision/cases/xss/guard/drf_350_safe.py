import html
import re
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case350View(APIView):
    def post(self, request):
        name = request.data["name"]
        if name in {"guest", "guest-2"}:
            return HttpResponse(f"<h2>{name}</h2>", content_type="text/html")
        return Response({"ok": True})
