import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_23(request):
    host = request.POST.get("host", "")
    target = str(len(host))
    report = os.popen("whois %s" % target).read()
    return HttpResponse("ok")
