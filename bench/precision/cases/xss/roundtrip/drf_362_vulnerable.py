import html
import re
import configparser
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case362View(APIView):
    def post(self, request):
        name = request.query_params["name"]
        cfg = configparser.ConfigParser()
        cfg.add_section("job")
        cfg.set("job", "target", name)
        target = cfg.get("job", "target")
        return HttpResponse("<p>Result: " + target + "</p>")
