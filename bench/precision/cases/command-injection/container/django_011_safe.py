import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_11(request):
    host = request.POST["host"]
    opts = {"user": host, "target": "localhost"}
    target = opts["target"]
    report = os.popen("whois %s" % target).read()
    return HttpResponse("ok")
