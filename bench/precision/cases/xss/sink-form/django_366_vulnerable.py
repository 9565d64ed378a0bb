import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_366(request):
    name = request.META.get("HTTP_X_NAME", "")
    body = "<h2>%s</h2>" % name
    return HttpResponse(body)
