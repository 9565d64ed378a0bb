import html
import re
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_369(request):
    name = request.GET.getlist("name")[0]
    return HttpResponse("<p>Result: %s</p>" % name)
