"""Integration views that call fixed hosts and pass user values as encoded path parts or parameters."""

import os
from urllib.parse import quote, urlencode

import requests
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views import View

SEARCH_API = "https://api.example.com/search"
AVATAR_BASE = "https://www.gravatar.com/avatar/"
PARTNERS = {"stripe": "https://api.stripe.com/healthcheck", "github": "https://api.github.com/zen"}


def search(request):
    response = requests.get(SEARCH_API, params={"q": request.GET["q"]}, timeout=5)  # ok: PYTHON-DJANGO-SEC-030
    return JsonResponse(response.json())


def import_avatar(request):
    user = quote(request.POST.get("user", ""), safe="")
    image = requests.get(AVATAR_BASE + user, timeout=10)  # ok: PYTHON-DJANGO-SEC-030
    return HttpResponse(image.content, content_type="image/png")


def search_page(request):
    query = urlencode({"q": request.GET.get("q", ""), "page": request.GET.get("page", "1")})
    response = requests.get(f"{SEARCH_API}?{query}", timeout=5)  # ok: PYTHON-DJANGO-SEC-030
    return JsonResponse(response.json())


def post_event(request):
    response = requests.post(settings.EVENTS_URL, json={"event": request.POST.get("event")}, timeout=5)  # ok: PYTHON-DJANGO-SEC-030
    return JsonResponse({"ok": response.ok})


def partner_health(request):
    url = PARTNERS.get("stripe")
    status_url = os.environ.get("STATUS_URL", "https://status.example.com")
    backend = settings.BACKENDS.get("inventory", "http://inventory.internal")
    requests.head(url, timeout=2)  # ok: PYTHON-DJANGO-SEC-030
    requests.get(status_url, timeout=2)  # ok: PYTHON-DJANGO-SEC-030
    return JsonResponse({"up": requests.get(backend + "/health", timeout=2).ok})  # ok: PYTHON-DJANGO-SEC-030


def item_detail(request):
    item_id = int(request.GET["id"])
    response = requests.get(f"https://api.example.com/items/{item_id}", timeout=5)  # ok: PYTHON-DJANGO-SEC-030
    return JsonResponse(response.json())


class FeedView(View):
    def get(self, request):
        feed = request.GET.get("feed", "")
        feed = "https://blog.example.com/rss"
        with requests.Session() as session:
            response = session.get(feed, timeout=3)  # ok: PYTHON-DJANGO-SEC-030
        return HttpResponse(response.content, content_type="application/rss+xml")
