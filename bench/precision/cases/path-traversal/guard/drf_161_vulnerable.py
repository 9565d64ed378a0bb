import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

BASE_DIR = "/srv/app/files"


class Case161View(APIView):
    def post(self, request):
        filename = request.GET.get("filename", "")
        if ".." in filename:
            return Response(status=400)
        with open(os.path.join(BASE_DIR, filename)) as fh:
            data = fh.read()
        return Response({"ok": True})
