"""Sync API that exchanges JSON with clients and keeps pickled snapshots on the server only."""

import base64
import json

import dill
import jsonpickle
import yaml
from django.core.cache import cache
from django.core.signing import TimestampSigner
from django.http import JsonResponse
from django.views import View
from rest_framework.decorators import api_view
from rest_framework.response import Response

SNAPSHOT_DIR = "/var/lib/sync/snapshots"


def server_snapshot(name):
    with open(f"{SNAPSHOT_DIR}/latest.dill", "rb") as handle:
        return dill.load(handle)  # ok: PYTHON-DJANGO-SEC-072


class SyncView(View):
    def post(self, request):
        changes = json.loads(request.body)
        snapshot = dill.loads(cache.get("sync:snapshot"))  # ok: PYTHON-DJANGO-SEC-072
        return JsonResponse({"applied": len(changes), "version": snapshot.version})


class SignedRestoreView(View):
    def post(self, request):
        token = TimestampSigner().unsign(request.headers["X-Sync-Token"], max_age=300)
        snapshot = dill.loads(base64.b64decode(token))  # ok: PYTHON-DJANGO-SEC-072
        return JsonResponse({"version": snapshot.version})


@api_view(["POST"])
def import_objects(request):
    objects = request.data["objects"]
    template = jsonpickle.decode(cache.get("sync:template", "{}"))  # ok: PYTHON-DJANGO-SEC-072
    config = yaml.load(request.data["config"], Loader=yaml.SafeLoader)  # ok: PYTHON-DJANGO-SEC-072
    return Response({"count": len(objects), "config": sorted(config), "template": template})
