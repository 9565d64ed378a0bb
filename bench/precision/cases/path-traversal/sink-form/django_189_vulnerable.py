import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_189(request):
    filename = request.META.get("HTTP_X_FILENAME", "")
    Path(BASE_DIR).joinpath(filename).write_text("draft")
    return HttpResponse("ok")
