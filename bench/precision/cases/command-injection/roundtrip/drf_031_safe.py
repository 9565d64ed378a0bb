import os
import re
import shlex
import subprocess
import json
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case31View(APIView):
    def post(self, request):
        host = request.GET.get("host", "")
        data = json.loads(json.dumps({"q": host, "k": "localhost"}))
        target = data["k"]
        subprocess.run(f"tar czf /tmp/export.tgz {target}", shell=True, check=True)
        return Response({"ok": True})
