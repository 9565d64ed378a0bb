import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

BASE_DIR = "/srv/app/files"

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


class Case173View(APIView):
    def post(self, request):
        target = str(get_count(request, "filename"))
        with open(f"/srv/app/files/{target}", "w") as fh:
            fh.write("updated")
        return Response({"ok": True})
