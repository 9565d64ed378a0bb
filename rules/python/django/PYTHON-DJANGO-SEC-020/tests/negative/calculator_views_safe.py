"""Calculator and report views that parse request values instead of evaluating them."""

import ast
import json
import operator
import os

from django.conf import settings
from django.http import JsonResponse
from django.views import View

OPERATIONS = {"add": operator.add, "mul": operator.mul}
FORMULAS = {"standard": "price * 1.2", "reduced": "price * 1.07"}
ROWS = [{"price": 9.5}, {"price": 120.0}]


def quick_total(request):
    numbers = ast.literal_eval(request.GET["numbers"])
    return JsonResponse({"total": sum(numbers)})


def saved_filters(request):
    filters = json.loads(request.COOKIES.get("filters", "[]"))
    return JsonResponse({"filters": filters})


def price_formula(request):
    base = float(request.POST.get("base", "0"))
    markup = float(request.POST.get("markup", "1"))
    return JsonResponse({"price": eval("%f * %f" % (base, markup))})  # ok: PYTHON-DJANGO-SEC-020


def binary_op(request):
    op = OPERATIONS[request.GET.get("op", "add")]
    return JsonResponse({"result": op(int(request.GET["a"]), int(request.GET["b"]))})


def tax_formula(request):
    formula = FORMULAS.get("standard")
    fallback = os.environ.get("TAX_FORMULA", "price * 1.2")
    configured = settings.PRICING.get("formula", "price")
    values = [eval(formula, {}, row) for row in ROWS]  # ok: PYTHON-DJANGO-SEC-020
    values += [eval(fallback, {}, row) for row in ROWS]  # ok: PYTHON-DJANGO-SEC-020
    values += [eval(configured, {}, row) for row in ROWS]  # ok: PYTHON-DJANGO-SEC-020
    return JsonResponse({"values": values})


def scaled(request):
    factor = int(request.GET.get("factor", "1"))
    return JsonResponse({"value": eval(f"10 * {factor}")})  # ok: PYTHON-DJANGO-SEC-020


class ComputedView(View):
    def get(self, request):
        expression = request.GET.get("expression", "price")
        expression = "price * 2"
        return JsonResponse({"values": [eval(expression, {}, row) for row in ROWS]})  # ok: PYTHON-DJANGO-SEC-020


def item_count(request):
    count = len(request.GET.getlist("item"))
    return JsonResponse({"doubled": eval(str(count) + " * 2")})  # ok: PYTHON-DJANGO-SEC-020


def named_formula(request):
    formula = FORMULAS[request.GET.get("formula", "standard")]
    return JsonResponse({"values": [eval(formula, {}, row) for row in ROWS]})  # ok: PYTHON-DJANGO-SEC-020
