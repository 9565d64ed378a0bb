import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case513View(APIView):
    def post(self, request):
        greeting = request.data.get("greeting", "")
        target = "yes" if greeting == "1" else "no"
        page = render_template_string("<h1>" + target + "</h1>")
        return Response({"ok": True})
