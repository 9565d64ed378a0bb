import base64
import json
import pickle
import yaml
import io
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_273(request):
    state = request.META.get("HTTP_X_STATE", "")
    raw = io.BytesIO(state.encode())
    target = raw.read().decode()
    cfg = yaml.load(target, Loader=yaml.Loader)
    return HttpResponse("ok")
