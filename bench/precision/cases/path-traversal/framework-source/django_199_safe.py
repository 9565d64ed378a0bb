import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

BASE_DIR = "/srv/app/files"


def case_199(request):
    filename = str(int(request.GET.get("filename", "1")))
    os.remove(os.path.join(BASE_DIR, filename))
    return HttpResponse("ok")
