import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_367(request):
    name = request.body.decode()
    return HttpResponse(name, content_type="text/plain")
