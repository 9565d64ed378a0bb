import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
import io
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_178(request):
    filename = request.COOKIES.get("filename", "")
    buf = io.StringIO()
    buf.write("report.txt")
    log = io.StringIO()
    log.write(filename)
    target = buf.getvalue()
    data = open(BASE_DIR + "/" + target, "rb").read()
    return HttpResponse("ok")
