"""Export views: class-based views and helpers that place exports under a per-user directory."""

import os

from django.http import FileResponse
from django.views import View

EXPORT_ROOT = "/srv/exports"


def export_name(request):
    return request.GET.get("name", "export") + ".zip"


def export_path(folder, name):
    return os.path.join(EXPORT_ROOT, folder, name)  # expect: PYTHON-DJANGO-SEC-041


class ExportDownloadView(View):
    def get(self, request):
        path = os.path.join(EXPORT_ROOT, export_name(request))  # expect: PYTHON-DJANGO-SEC-041
        return FileResponse(open(path, "rb"))


class SharedExportView(View):
    def get(self, request):
        path = export_path("shared", self.request.GET["file"])
        return FileResponse(open(path, "rb"))
