import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_274(request):
    state = request.body.decode()
    encoded = base64.b64encode(state.encode())
    target = "gASVCQAAAAAAAACMBWd1ZXN0lC4="
    cfg = yaml.load(target, Loader=yaml.Loader)
    return HttpResponse("ok")
