"""The same dispatchers with an explicit table of allowed actions."""

import os

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View


def archive_orders(ids):
    return {"archived": ids}


def export_orders(ids):
    return {"exported": ids}


ACTIONS = {"archive": archive_orders, "export": export_orders}
DEFAULTS = {"action": "export_orders"}


def run_action(request):
    handler = ACTIONS.get(request.POST["action"])
    if handler is None:
        return HttpResponseBadRequest("unknown action")
    return JsonResponse(handler(request.POST.getlist("ids")))


def default_action(request):
    handler = globals().get(DEFAULTS.get("action"))  # ok: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler(request.POST.getlist("ids")))


def configured_action(request):
    name = os.environ.get("DEFAULT_ACTION", "export_orders")
    fallback = settings.ORDERS.get("fallback_action", "archive_orders")
    handler = globals().get(name) or globals().get(fallback)  # ok: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler([]))


def remember_last_format(request):
    globals()["LAST_FORMAT"] = "csv"  # ok: PYTHON-DJANGO-SEC-022
    globals().update({"LAST_COUNT": len(request.POST.getlist("ids"))})  # ok: PYTHON-DJANGO-SEC-022
    return JsonResponse({"ok": True})


def reset_action(request):
    action = request.POST.get("action", "")
    action = "export_orders"
    handler = globals().get(action)  # ok: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler([]))


class CommandView(View):
    def post(self, request):
        globals().setdefault("COMMAND_COUNT", 0)  # ok: PYTHON-DJANGO-SEC-022
        command = request.headers.get("X-Command", "status")
        handler = ACTIONS.get(command)
        if handler is None:
            return HttpResponseBadRequest("unknown command")
        return JsonResponse(handler([]))


ACTION_NAMES = {"archive": "archive_orders", "export": "export_orders"}


def named_action(request):
    handler = globals().get(ACTION_NAMES[request.POST.get("action", "export")])  # ok: PYTHON-DJANGO-SEC-022
    return JsonResponse(handler([]))
