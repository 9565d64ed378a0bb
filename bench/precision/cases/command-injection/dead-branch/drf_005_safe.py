import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case5View(APIView):
    def post(self, request):
        host = request.data.get("host", "")
        limit = 10
        if limit * 3 > 100:
            target = host
        else:
            target = "localhost"
        os.system("ping -c 1 " + target)
        return Response({"ok": True})
