"""A small API proxy: class-based views forward calls to a backend chosen by the client."""

import requests
from django.http import HttpResponse
from django.views import View


def backend_url(request):
    return request.headers.get("X-Backend", "http://inventory.internal") + "/api/"


def fetch(url):
    with requests.Session() as session:
        return session.get(url, timeout=3)  # expect: PYTHON-DJANGO-SEC-030


class ProxyView(View):
    def get(self, request, path):
        upstream = requests.get(backend_url(request) + path, timeout=3)  # expect: PYTHON-DJANGO-SEC-030
        return HttpResponse(upstream.content, status=upstream.status_code)


class FeedView(View):
    def get(self, request):
        feed = fetch(self.request.GET["feed"])
        return HttpResponse(feed.content, content_type="application/rss+xml")


class PushView(View):
    def post(self, request):
        session = requests.Session()
        callback = request.META.get("HTTP_X_CALLBACK_URL")
        session.put(callback, data=request.body, timeout=3)  # expect: PYTHON-DJANGO-SEC-030
        return HttpResponse(status=202)
