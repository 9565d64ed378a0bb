import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case6View(APIView):
    def post(self, request):
        host = request.query_params.get("host", "")
        limit = 10
        if len(host) < limit * 30:
            target = host
        else:
            target = "localhost"
        os.system("ping -c 1 " + target)
        return Response({"ok": True})
