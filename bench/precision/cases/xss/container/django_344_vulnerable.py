import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_344(request):
    name = request.COOKIES.get("name", "")
    items = ["guest", "guest"]
    items.insert(0, name)
    target = items.pop(0)
    return HttpResponse("<p>Result: %s</p>" % target)
