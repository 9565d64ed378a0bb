import os
import re
import shlex
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_43(request):
    host = request.body.decode()
    os.system("ping -c 1 " + host)
    return HttpResponse("ok")
