import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOSTS = {"localhost", "localhost-2"}


class Case19View(APIView):
    def post(self, request):
        host = request.data["host"]
        if host not in ALLOWED_HOSTS:
            return Response(status=400)
        os.system("ping -c 1 " + host)
        return Response({"ok": True})
