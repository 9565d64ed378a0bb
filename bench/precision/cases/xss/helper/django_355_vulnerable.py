import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

def get_param(req, key):
    return req.GET.get(key, "")


def case_355(request):
    target = get_param(request, "name")
    return HttpResponse("<p>Result: %s</p>" % target)
