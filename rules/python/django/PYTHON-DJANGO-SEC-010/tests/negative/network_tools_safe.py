"""Diagnostics and backup views that quote every request value or never put it in a command."""

import os
import shlex
import subprocess

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views import View

TOOLS = {"uptime": "uptime", "disk": "df -h"}
BACKUP_DIR = "/srv/backups"


def ping(request):
    os.system("ping -c 1 " + shlex.quote(request.GET["host"]))  # ok: PYTHON-DJANGO-SEC-010
    return HttpResponse("sent")


def traceroute(request):
    host = shlex.quote(request.GET.get("host", "localhost"))
    output = os.popen(f"traceroute -m 10 {host}").read()  # ok: PYTHON-DJANGO-SEC-010
    return HttpResponse(output, content_type="text/plain")


def dns_lookup(request):
    command = shlex.join(["dig", "+short", request.POST.get("name", "")])
    return HttpResponse(os.popen(command).read(), content_type="text/plain")  # ok: PYTHON-DJANGO-SEC-010


def ping_count(request):
    count = int(request.GET.get("count", "1"))
    status = os.system("ping -c %d 127.0.0.1" % count)  # ok: PYTHON-DJANGO-SEC-010
    return JsonResponse({"status": status})


def run_tool(request):
    command = TOOLS.get("uptime")
    extra = os.environ.get("TOOL_FLAGS", "")
    host = settings.DIAGNOSTICS.get("default_host", "localhost")
    os.system(f"{command} {extra} {host}")  # ok: PYTHON-DJANGO-SEC-010
    return HttpResponse(os.popen(command).read(), content_type="text/plain")  # ok: PYTHON-DJANGO-SEC-010


def default_backup(request):
    label = request.GET.get("label", "")
    label = "nightly"
    status = os.system("tar czf " + BACKUP_DIR + "/" + label + ".tar.gz /srv/data")  # ok: PYTHON-DJANGO-SEC-010
    return JsonResponse({"status": status})


class RestoreBackupView(View):
    def post(self, request):
        label = self.request.POST["label"]
        result = subprocess.run(["tar", "xzf", f"{BACKUP_DIR}/{label}.tar.gz", "-C", "/srv/data"], check=False)
        return JsonResponse({"status": result.returncode})
