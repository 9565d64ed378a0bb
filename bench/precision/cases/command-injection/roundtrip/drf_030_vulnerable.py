import os
import re
import shlex
import subprocess
import json
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case30View(APIView):
    def post(self, request):
        host = request.query_params["host"]
        target = json.loads(json.dumps({"k": host}))["k"]
        subprocess.run(f"tar czf /tmp/export.tgz {target}", shell=True, check=True)
        return Response({"ok": True})
