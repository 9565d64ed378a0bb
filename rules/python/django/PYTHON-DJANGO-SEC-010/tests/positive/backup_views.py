"""Backup management views: class-based views calling shell helpers."""

import os

from django.http import JsonResponse
from django.views import View

BACKUP_DIR = "/srv/backups"


def archive_name(request):
    return request.headers.get("X-Backup-Label", "manual") + ".tar.gz"


def run_shell(command):
    return os.system(command)  # expect: PYTHON-DJANGO-SEC-010


class CreateBackupView(View):
    def post(self, request):
        status = os.system("tar czf " + BACKUP_DIR + "/" + archive_name(request) + " /srv/data")  # expect: PYTHON-DJANGO-SEC-010
        return JsonResponse({"status": status})


class RestoreBackupView(View):
    def post(self, request):
        label = self.request.POST["label"]
        status = run_shell(f"tar xzf {BACKUP_DIR}/{label}.tar.gz -C /srv/data")
        return JsonResponse({"status": status})
