import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_152(request):
    filename = request.POST["filename"]
    target = filename
    target = "report.txt"
    with open(f"/srv/app/files/{target}", "w") as fh:
        fh.write("updated")
    return HttpResponse("ok")
