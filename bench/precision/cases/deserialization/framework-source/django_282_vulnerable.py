import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_282(request):
    state = request.GET.getlist("state")[0]
    obj = pickle.loads(base64.b64decode(state))
    return HttpResponse("ok")
