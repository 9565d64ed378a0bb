import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_34(request):
    host = request.COOKIES.get("host", "")
    args = ["sh", "-c"]
    args.append("ping -c 1 " + host)
    subprocess.run(args)
    return HttpResponse("ok")
