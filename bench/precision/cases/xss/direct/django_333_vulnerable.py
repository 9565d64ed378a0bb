import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_333(request):
    name = request.POST.get("name", "")
    body = "<h2>%s</h2>" % name
    return HttpResponse(body)
