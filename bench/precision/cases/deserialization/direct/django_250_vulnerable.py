import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_250(request):
    state = request.headers.get("X-State", "")
    cfg = yaml.unsafe_load(state)
    return HttpResponse("ok")
