"""urllib views that only open fixed hosts, with user values encoded into the path or query."""

import os
import urllib.request
from urllib.parse import quote, quote_plus, urlencode
from urllib.request import Request, urlopen

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views import View

DOCS_BASE = "https://docs.example.com/pages/"
MIRRORS = {"eu": "https://eu.mirror.example.com/latest.tar.gz", "us": "https://us.mirror.example.com/latest.tar.gz"}


def fetch_document(request):
    with urlopen(DOCS_BASE + quote(request.GET["page"], safe=""), timeout=5) as response:  # ok: PYTHON-DJANGO-SEC-031
        return HttpResponse(response.read(), content_type="text/plain")


def search(request):
    query = urlencode({"q": request.GET.get("q", "")})
    req = Request("https://search.example.com/api?" + query)
    with urllib.request.urlopen(req, timeout=5) as response:  # ok: PYTHON-DJANGO-SEC-031
        return HttpResponse(response.read(), content_type="application/json")


def lookup(request):
    term = quote_plus(request.GET.get("term", ""))
    with urlopen(f"https://dict.example.com/define?word={term}", timeout=5) as response:  # ok: PYTHON-DJANGO-SEC-031
        return HttpResponse(response.read())


def post_comment(request):
    body = request.POST.get("comment", "").encode()
    urlopen(settings.MODERATION_URL, data=body, timeout=5)  # ok: PYTHON-DJANGO-SEC-031
    return HttpResponse(status=202)


def mirror_file(request):
    url = MIRRORS.get("eu")
    fallback = os.environ.get("MIRROR_URL", "https://mirror.example.com/latest.tar.gz")
    configured = settings.MIRRORS.get("default", fallback)
    urllib.request.urlretrieve(url, "/tmp/eu.tar.gz")  # ok: PYTHON-DJANGO-SEC-031
    urllib.request.urlretrieve(configured, "/tmp/default.tar.gz")  # ok: PYTHON-DJANGO-SEC-031
    return JsonResponse({"ok": True})


def page_by_number(request):
    number = int(request.GET.get("page", "1"))
    with urlopen("https://docs.example.com/pages/%d" % number, timeout=5) as response:  # ok: PYTHON-DJANGO-SEC-031
        return HttpResponse(response.read())


class NotifyView(View):
    def post(self, request):
        callback = request.COOKIES.get("callback", "")
        callback = "https://hooks.example.com/notify"
        opener = urllib.request.build_opener()
        opener.open(callback, data=b"{}")  # ok: PYTHON-DJANGO-SEC-031
        return HttpResponse(status=202)
