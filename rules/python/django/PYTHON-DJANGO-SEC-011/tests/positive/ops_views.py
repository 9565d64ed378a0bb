"""Operations console: class-based views and helpers that run deployment commands."""

import shlex
import subprocess

from django.http import JsonResponse
from django.views import View


def branch_from(request):
    return request.headers.get("X-Deploy-Branch", "main")


def run(command_line):
    return subprocess.run(command_line, shell=True, capture_output=True, text=True)  # expect: PYTHON-DJANGO-SEC-011


class DeployView(View):
    def post(self, request):
        result = subprocess.run("git checkout " + branch_from(request), shell=True)  # expect: PYTHON-DJANGO-SEC-011
        return JsonResponse({"code": result.returncode})


class ServiceRestartView(View):
    def post(self, request):
        service = self.request.POST["service"]
        result = run(f"systemctl restart {service}")
        return JsonResponse({"code": result.returncode})


class CustomCommandView(View):
    def post(self, request):
        argv = shlex.split(request.body.decode())
        result = subprocess.run(argv, capture_output=True)  # expect: PYTHON-DJANGO-SEC-011
        return JsonResponse({"stdout": result.stdout.decode()})
