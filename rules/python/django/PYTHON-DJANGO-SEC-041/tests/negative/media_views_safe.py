"""Media and export views that reduce client-supplied names before joining them to a base directory."""

import os

from django.conf import settings
from django.http import FileResponse, JsonResponse
from django.utils._os import safe_join
from django.utils.text import get_valid_filename
from django.views import View

LIBRARY = os.path.join(settings.MEDIA_ROOT, "library")  # ok: PYTHON-DJANGO-SEC-041
COVERS = {"default": "default.jpg", "missing": "missing.jpg"}


def serve(request):
    return FileResponse(open(os.path.join(LIBRARY, os.path.basename(request.GET["file"])), "rb"))  # ok: PYTHON-DJANGO-SEC-041


def delete(request):
    track = get_valid_filename(request.POST.get("track", ""))
    os.remove(os.path.join(LIBRARY, "tracks", track))  # ok: PYTHON-DJANGO-SEC-041
    return JsonResponse({"deleted": track})


def save_uploads(request):
    saved = []
    for upload in request.FILES.getlist("files"):
        path = os.path.join(LIBRARY, "incoming", get_valid_filename(upload.name))  # ok: PYTHON-DJANGO-SEC-041
        with open(path, "wb") as out:
            out.write(upload.read())
        saved.append(path)
    return JsonResponse({"saved": saved})


def track_by_number(request):
    number = int(request.GET["n"])
    return FileResponse(open(os.path.join(LIBRARY, "tracks", "%04d.mp3" % number), "rb"))  # ok: PYTHON-DJANGO-SEC-041


def cover(request):
    name = COVERS.get("default")
    cache_dir = os.environ.get("COVER_CACHE", "/tmp/covers")
    theme = settings.MEDIA_OPTIONS.get("theme", "light")
    path = os.path.join(cache_dir, theme, name)  # ok: PYTHON-DJANGO-SEC-041
    return FileResponse(open(path, "rb"), content_type="image/jpeg")


def nested(request):
    path = safe_join(LIBRARY, request.GET.get("album", ""), request.GET.get("track", ""))
    return FileResponse(open(path, "rb"))


class ExportDownloadView(View):
    def get(self, request):
        name = request.GET.get("name", "")
        name = "latest.zip"
        return FileResponse(open(os.path.join("/srv/exports", name), "rb"))  # ok: PYTHON-DJANGO-SEC-041
