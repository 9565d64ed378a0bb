import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_50(request):
    host = str(int(request.GET.get("host", "1")))
    subprocess.run(f"tar czf /tmp/export.tgz {host}", shell=True, check=True)
    return HttpResponse("ok")
