"""Media library views that build file-system paths from request values."""

import os
import shutil

from django.conf import settings
from django.http import FileResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST

LIBRARY = os.path.join(settings.MEDIA_ROOT, "library")


@require_GET
def serve(request):
    return FileResponse(open(os.path.join(LIBRARY, request.GET["file"]), "rb"))  # expect: PYTHON-DJANGO-SEC-041


@require_POST
def delete(request):
    album = request.POST.get("album")
    track = request.POST.get("track")
    target = os.path.join(LIBRARY, album, track + ".mp3")  # expect: PYTHON-DJANGO-SEC-041
    os.remove(target)
    return JsonResponse({"deleted": track})


@require_POST
def move(request):
    source = request.POST["source"]
    if request.POST.get("to_archive"):
        folder = "archive"
    else:
        folder = request.POST.get("folder", "inbox")
    shutil.move(os.path.join(LIBRARY, source), os.path.join(LIBRARY, folder))  # expect: PYTHON-DJANGO-SEC-041
    return JsonResponse({"moved": source})


@require_POST
def save_uploads(request):
    saved = []
    for upload in request.FILES.getlist("files"):
        path = os.path.join(LIBRARY, "incoming", upload.name)  # expect: PYTHON-DJANGO-SEC-041
        with open(path, "wb") as out:
            out.write(upload.read())
        saved.append(path)
    return JsonResponse({"saved": saved})


@require_GET
def cover(request):
    album = request.COOKIES.get("album", "default")
    path = os.path.join(LIBRARY, "covers", "{}.jpg".format(album))  # expect: PYTHON-DJANGO-SEC-041
    return FileResponse(open(path, "rb"), content_type="image/jpeg")
