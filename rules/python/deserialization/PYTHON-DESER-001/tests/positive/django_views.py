"""Django views that accept pickled payloads."""

import base64
import pickle

from django.http import HttpResponse, JsonResponse
from django.views import View


def import_view(request):
    # The request body, unpickled directly.
    data = pickle.loads(request.body)  # expect: PYTHON-DESER-001
    return JsonResponse({"imported": len(data)})


def resume_view(request):
    token = request.GET["resume"]
    job = pickle.loads(base64.b64decode(token))  # expect: PYTHON-DESER-001
    return JsonResponse({"job": str(job)})


def upload_view(request):
    for name, upload in request.FILES.items():
        obj = pickle.Unpickler(upload).load()  # expect: PYTHON-DESER-001
        print(name, type(obj))
    return HttpResponse(status=204)


class SyncView(View):
    def post(self, request):
        header = self.request.headers.get("X-Sync-State", "")
        state = pickle.loads(base64.b64decode(header))  # expect: PYTHON-DESER-001
        return JsonResponse({"state": str(state)})
