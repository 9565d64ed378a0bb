"""Class-based command view: a helper resolves command names through the module namespace."""

import sys

from django.http import JsonResponse
from django.views import View


def cmd_status():
    return {"status": "ok"}


def cmd_reindex():
    return {"reindexed": True}


def command_name(request):
    return "cmd_" + request.headers.get("X-Command", "status")


def resolve(name):
    return vars(sys.modules[__name__]).get(name)  # expect: PYTHON-DJANGO-SEC-022


class CommandView(View):
    def post(self, request):
        command = globals().get(command_name(request))  # expect: PYTHON-DJANGO-SEC-022
        return JsonResponse(command())


class ModuleCommandView(View):
    def post(self, request):
        command = resolve("cmd_%s" % self.request.GET["command"])
        return JsonResponse(command())
