"""Document download and upload views of an intranet file area."""

import codecs
import io
import os

from django.conf import settings
from django.http import FileResponse, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST

DOCS_ROOT = "/srv/intranet/docs"


@require_GET
def download(request):
    return FileResponse(open(DOCS_ROOT + "/" + request.GET["name"], "rb"))  # expect: PYTHON-DJANGO-SEC-040


@require_GET
def preview(request):
    name = request.GET.get("name", "index.txt")
    path = f"{DOCS_ROOT}/previews/{name}"
    with open(path, encoding="utf-8") as handle:  # expect: PYTHON-DJANGO-SEC-040
        return HttpResponse(handle.read(), content_type="text/plain")


@require_POST
def upload(request):
    document = request.FILES["document"]
    destination = os.path.join(settings.MEDIA_ROOT, "uploads", document.name)
    with open(destination, "wb") as out:  # expect: PYTHON-DJANGO-SEC-040
        for chunk in document.chunks():
            out.write(chunk)
    return JsonResponse({"saved": document.name})


@require_GET
def localized_help(request):
    lang = request.COOKIES.get("lang", "en")
    if lang == "en":
        path = DOCS_ROOT + "/help.txt"
    else:
        path = "%s/help.%s.txt" % (DOCS_ROOT, lang)
    with io.open(path, encoding="utf-8") as handle:  # expect: PYTHON-DJANGO-SEC-040
        return HttpResponse(handle.read())


@require_GET
def bundle(request):
    parts = []
    for name in request.GET.getlist("file"):
        with codecs.open("{}/{}".format(DOCS_ROOT, name), "r", "utf-8") as handle:  # expect: PYTHON-DJANGO-SEC-040
            parts.append(handle.read())
    return HttpResponse("\n".join(parts), content_type="text/plain")
