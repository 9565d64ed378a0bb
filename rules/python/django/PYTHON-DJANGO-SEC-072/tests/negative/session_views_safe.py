"""State and settings import that only accepts data formats, or data this server signed itself."""

import base64
import json
import os
import pickle

import yaml
from django.conf import settings
from django.core import signing
from django.core.signing import Signer
from django.http import JsonResponse
from django.views import View

CACHE_FILE = "/var/cache/app/warm.pickle"
DEFAULTS = {"state": b"\x80\x04}\x94."}


def restore_cart(request):
    cart = json.loads(base64.b64decode(request.COOKIES["cart"]))
    return JsonResponse({"items": len(cart)})


def restore_signed(request):
    token = Signer().unsign(request.COOKIES["state"])
    state = pickle.loads(base64.b64decode(token))  # ok: PYTHON-DJANGO-SEC-072
    return JsonResponse({"keys": sorted(state)})


def restore_signed_object(request):
    state = signing.loads(request.GET["state"])
    return JsonResponse({"keys": sorted(state)})


def import_settings(request):
    document = request.POST.get("settings", "")
    data = yaml.safe_load(document)
    more = list(yaml.load_all(document, Loader=yaml.SafeLoader))  # ok: PYTHON-DJANGO-SEC-072
    typed = yaml.load(document, yaml.CSafeLoader)  # ok: PYTHON-DJANGO-SEC-072
    return JsonResponse({"count": len(data) + len(more) + len(typed)})


def warm_cache(request):
    with open(CACHE_FILE, "rb") as handle:
        cache = pickle.load(handle)  # ok: PYTHON-DJANGO-SEC-072
    return JsonResponse({"entries": len(cache)})


def configured_state(request):
    blob = DEFAULTS.get("state")
    path = os.environ.get("STATE_FILE", "/var/lib/app/state.yaml")
    inline = settings.FEATURES.get("state_yaml", "{}")
    state = pickle.loads(blob)  # ok: PYTHON-DJANGO-SEC-072
    with open(path) as handle:
        extra = yaml.load(handle, Loader=yaml.Loader)  # ok: PYTHON-DJANGO-SEC-072
    return JsonResponse({"state": len(state), "extra": len(extra), "inline": len(yaml.unsafe_load(inline))})  # ok: PYTHON-DJANGO-SEC-072


class ImportView(View):
    def post(self, request):
        payload = request.body
        payload = pickle.dumps({"version": 1})
        state = pickle.loads(payload)  # ok: PYTHON-DJANGO-SEC-072
        return JsonResponse(state)


def restore_with_signer(request):
    signer = Signer(salt="cart")
    state = pickle.loads(base64.b64decode(signer.unsign(request.COOKIES["state"])))  # ok: PYTHON-DJANGO-SEC-072
    return JsonResponse({"keys": sorted(state)})
