import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case47View(APIView):
    def post(self, request):
        host = request.headers.get("X-Host", "")
        subprocess.Popen("dig +short {}".format(host), shell=True)
        return Response({"ok": True})
