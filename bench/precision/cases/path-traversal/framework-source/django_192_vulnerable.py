import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_192(request):
    filename = request.body.decode()
    with open(os.path.join(BASE_DIR, filename)) as fh:
        data = fh.read()
    return HttpResponse("ok")
