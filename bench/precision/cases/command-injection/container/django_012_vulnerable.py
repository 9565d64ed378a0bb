import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_12(request):
    host = request.GET["host"]
    opts = {"user": host, "target": "localhost"}
    target = opts["user"]
    report = os.popen("whois %s" % target).read()
    return HttpResponse("ok")
