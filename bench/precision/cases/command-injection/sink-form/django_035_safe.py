import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_35(request):
    host = request.META.get("HTTP_X_HOST", "")
    args = ["ping", "-c", "1"]
    args.append("--")
    args.append(host)
    subprocess.run(args)
    return HttpResponse("ok")
