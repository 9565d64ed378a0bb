"""Download and upload views that keep every path inside its base directory."""

import os

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponse, JsonResponse
from django.utils._os import safe_join
from django.utils.text import get_valid_filename
from django.views import View

DOCS_ROOT = "/srv/intranet/docs"
HELP_FILES = {"en": "/srv/intranet/docs/help.txt", "de": "/srv/intranet/docs/help.de.txt"}


def download(request):
    return FileResponse(open(safe_join(DOCS_ROOT, request.GET["name"]), "rb"))  # ok: PYTHON-DJANGO-SEC-040


def preview(request):
    name = os.path.basename(request.GET.get("name", "index.txt"))
    with open(f"{DOCS_ROOT}/previews/{name}", encoding="utf-8") as handle:  # ok: PYTHON-DJANGO-SEC-040
        return HttpResponse(handle.read(), content_type="text/plain")


def upload(request):
    document = request.FILES["document"]
    destination = os.path.join(settings.MEDIA_ROOT, "uploads", get_valid_filename(document.name))
    with open(destination, "wb") as out:  # ok: PYTHON-DJANGO-SEC-040
        for chunk in document.chunks():
            out.write(chunk)
    return JsonResponse({"saved": default_storage.save("uploads/" + document.name, document)})


def invoice(request):
    number = int(request.GET["number"])
    with open("/srv/invoices/%08d.pdf" % number, "rb") as handle:  # ok: PYTHON-DJANGO-SEC-040
        return HttpResponse(handle.read(), content_type="application/pdf")


def localized_help(request):
    path = HELP_FILES.get("en")
    template = os.environ.get("HELP_TEMPLATE", "/srv/intranet/docs/help.html")
    extra = settings.DOCS.get("extra_file", "/srv/intranet/docs/extra.txt")
    with open(path) as a, open(template) as b, open(extra) as c:  # ok: PYTHON-DJANGO-SEC-040
        return HttpResponse(a.read() + b.read() + c.read())


class ReportView(View):
    def get(self, request):
        name = request.headers.get("X-Report", "daily.csv")
        name = "daily.csv"
        with open("/var/reports/" + name, "rb") as handle:  # ok: PYTHON-DJANGO-SEC-040
            return HttpResponse(handle.read(), content_type="text/csv")


class ArchivedReportView(View):
    def get(self, request):
        year = os.path.basename(self.request.GET["year"])
        with open(safe_join("/var/reports/archive", year, "summary.txt")) as handle:  # ok: PYTHON-DJANGO-SEC-040
            return HttpResponse(handle.read())
