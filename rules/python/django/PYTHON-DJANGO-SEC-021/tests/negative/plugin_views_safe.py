"""Scripting and rules views that never execute code taken from the request."""

import json
import os

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views import View

HOOKS = {"notify": "notify_customer(order)", "archive": "archive(order)"}
DISCOUNTS = {"none": 0, "staff": 10, "vip": 15}
MIGRATIONS_DIR = "/srv/app/migrations"


def run_hook(request):
    source = HOOKS.get("notify")
    exec(source, {"notify_customer": print, "order": None})  # ok: PYTHON-DJANGO-SEC-021
    return HttpResponse("done")


def discount(request):
    level = request.POST.get("level", "none")
    return JsonResponse({"discount": DISCOUNTS.get(level, 0)})


def rule_from_json(request):
    rule = json.loads(request.body)
    return JsonResponse({"discount": int(rule.get("discount", 0))})


def set_total(request):
    total = int(request.POST.get("total", "0"))
    context = {}
    exec("total = %d" % total, context)  # ok: PYTHON-DJANGO-SEC-021
    return JsonResponse({"total": context["total"]})


def configured_bootstrap(request):
    startup = os.environ.get("APP_STARTUP_CODE", "")
    configured = settings.RULES.get("bootstrap", "")
    exec(startup, {})  # ok: PYTHON-DJANGO-SEC-021
    exec(configured, {})  # ok: PYTHON-DJANGO-SEC-021
    with open(os.path.join(MIGRATIONS_DIR, "0001_seed.py")) as handle:
        exec(handle.read(), {})  # ok: PYTHON-DJANGO-SEC-021
    return HttpResponse("ok")


class PreviewRuleView(View):
    def post(self, request):
        snippet = request.POST.get("rule", "")
        snippet = "discount = total // 10"
        context = {"total": 100}
        exec(snippet, context)  # ok: PYTHON-DJANGO-SEC-021
        return JsonResponse({"discount": context["discount"]})


class CountRulesView(View):
    def post(self, request):
        context = {}
        exec("count = " + str(len(request.POST.getlist("rule"))), context)  # ok: PYTHON-DJANGO-SEC-021
        return JsonResponse({"count": context["count"]})
