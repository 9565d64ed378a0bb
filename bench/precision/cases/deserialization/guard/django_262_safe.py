import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

ALLOWED_STATES = {"gASVCQAAAAAAAACMBWd1ZXN0lC4=", "gASVCQAAAAAAAACMBWd1ZXN0lC4=-2"}


def case_262(request):
    state = request.COOKIES.get("state", "")
    if state not in ALLOWED_STATES:
        return HttpResponseBadRequest("bad request")
    obj = pickle.loads(state.encode("latin-1"))
    return HttpResponse("ok")
