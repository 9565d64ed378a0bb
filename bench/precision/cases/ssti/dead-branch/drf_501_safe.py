import re
import jinja2
from flask import render_template_string
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case501View(APIView):
    def post(self, request):
        greeting = request.GET.get("greeting", "")
        attempts = 0
        target = "Welcome back"
        while attempts > 5:
            target = greeting
            attempts += 1
        page = render_template_string("<h1>" + target + "</h1>")
        return Response({"ok": True})
