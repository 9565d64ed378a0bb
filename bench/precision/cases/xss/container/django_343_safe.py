import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_343(request):
    name = request.headers.get("X-Name", "")
    items = ["guest", "guest"]
    items.insert(1, name)
    target = items.pop(0)
    return HttpResponse("<p>Result: %s</p>" % target)
