import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"

ALLOWED_FILENAMES = {"report.txt", "report.txt-2"}


def case_166(request):
    filename = request.POST.get("filename", "")
    if filename not in ALLOWED_FILENAMES:
        return HttpResponseBadRequest("bad request")
    with open(f"/srv/app/files/{filename}", "w") as fh:
        fh.write("updated")
    return HttpResponse("ok")
