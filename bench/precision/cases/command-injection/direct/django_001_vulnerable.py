import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_1(request):
    host = request.GET.get("host", "")
    out = subprocess.check_output("nslookup " + host, shell=True)
    return HttpResponse("ok")
