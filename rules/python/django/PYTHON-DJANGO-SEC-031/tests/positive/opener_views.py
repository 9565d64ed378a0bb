"""Class-based views that go through a urllib opener and shared helpers."""

import urllib.request

from django.http import HttpResponse
from django.views import View


def callback_url(request):
    return request.COOKIES.get("callback", "http://localhost/") + "notify"


def download(url):
    return urllib.request.urlopen(url, timeout=3).read()  # expect: PYTHON-DJANGO-SEC-031


class NotifyView(View):
    def post(self, request):
        opener = urllib.request.build_opener()
        opener.open(callback_url(request), data=b"{}")  # expect: PYTHON-DJANGO-SEC-031
        return HttpResponse(status=202)


class ImportView(View):
    def post(self, request):
        content = download(f"https://{self.request.POST['host']}/export.csv")
        return HttpResponse(content, content_type="text/csv")
