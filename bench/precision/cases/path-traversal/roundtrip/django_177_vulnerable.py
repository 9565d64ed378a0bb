import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_177(request):
    filename = request.headers.get("X-Filename", "")
    target = "{name}".format(name=filename)
    data = open(BASE_DIR + "/" + target, "rb").read()
    return HttpResponse("ok")
