import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

def get_count(req, key):
    return int(req.GET.get(key, "") or 0)


def case_356(request):
    target = str(get_count(request, "name"))
    return HttpResponse("<p>Result: %s</p>" % target)
