"""Views that restore client-side state and imported settings from serialized blobs."""

import base64
import marshal
import pickle

import yaml
from django.http import JsonResponse
from django.views.decorators.http import require_POST


def restore_cart(request):
    cart = pickle.loads(base64.b64decode(request.COOKIES["cart"]))  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"items": len(cart)})


@require_POST
def import_state(request):
    blob = request.body
    state = pickle.loads(blob)  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"keys": sorted(state)})


@require_POST
def upload_model(request):
    upload = request.FILES["model"]
    model = pickle.Unpickler(upload).load()  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"type": type(model).__name__})


@require_POST
def import_settings(request):
    document = request.POST.get("settings", "")
    if request.POST.get("multi"):
        settings = list(yaml.load_all(document, Loader=yaml.Loader))  # expect: PYTHON-DJANGO-SEC-072
    else:
        settings = yaml.load(document, yaml.UnsafeLoader)  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"count": len(settings)})


@require_POST
def import_legacy(request):
    results = []
    for chunk in request.POST.getlist("chunks"):
        results.append(yaml.unsafe_load(chunk))  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"count": len(results)})


def code_object(request):
    code = marshal.loads(bytes.fromhex(request.GET["code"]))  # expect: PYTHON-DJANGO-SEC-072
    return JsonResponse({"name": code.co_name})
