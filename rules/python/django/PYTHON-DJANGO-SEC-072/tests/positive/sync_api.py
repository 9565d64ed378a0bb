"""Sync API for desktop clients: DRF and class-based views sharing a decoding helper."""

import base64

import dill
import jsonpickle
import yaml
from django.http import JsonResponse
from django.views import View
from rest_framework.decorators import api_view
from rest_framework.response import Response


def payload_from(request):
    return base64.b64decode(request.headers["X-Sync-Payload"])


def decode_snapshot(raw):
    return dill.loads(raw)  # expect: PYTHON-DJANGO-SEC-072


class SyncView(View):
    def post(self, request):
        snapshot = dill.loads(payload_from(request))  # expect: PYTHON-DJANGO-SEC-072
        return JsonResponse({"version": snapshot.version})


class RestoreView(View):
    def post(self, request):
        snapshot = decode_snapshot(self.request.body)
        return JsonResponse({"version": snapshot.version})


@api_view(["POST"])
def import_objects(request):
    objects = jsonpickle.decode(request.data["objects"])  # expect: PYTHON-DJANGO-SEC-072
    config = yaml.load(request.data["config"])  # expect: PYTHON-DJANGO-SEC-072
    return Response({"count": len(objects), "config": sorted(config)})
