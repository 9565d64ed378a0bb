import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_24(request):
    host = request.headers.get("X-Host", "")
    target = host.lower()
    report = os.popen("whois %s" % target).read()
    return HttpResponse("ok")
