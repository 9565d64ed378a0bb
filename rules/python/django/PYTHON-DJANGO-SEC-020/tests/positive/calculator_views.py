"""Pricing calculator views: formulas and filters typed by the user are evaluated with eval()."""

from django.http import JsonResponse
from django.views import View
from django.views.decorators.http import require_GET, require_POST


@require_GET
def quick_total(request):
    return JsonResponse({"total": eval(request.GET["expr"])})  # expect: PYTHON-DJANGO-SEC-020


@require_POST
def price_formula(request):
    base = request.POST.get("base", "0")
    markup = request.POST.get("markup", "1")
    formula = f"{base} * {markup}"
    return JsonResponse({"price": eval(formula)})  # expect: PYTHON-DJANGO-SEC-020


@require_GET
def discount(request):
    rule = request.GET.get("rule")
    if rule is None:
        expression = "0"
    else:
        expression = "max(0, %s)" % rule
    return JsonResponse({"discount": eval(expression, {"__builtins__": {}}, {})})  # expect: PYTHON-DJANGO-SEC-020


@require_POST
def batch_totals(request):
    totals = []
    for line in request.body.decode().splitlines():
        totals.append(eval("(" + line + ")"))  # expect: PYTHON-DJANGO-SEC-020
    return JsonResponse({"totals": totals})


def saved_filters(request):
    filters = request.COOKIES.get("filters", "[]")
    return JsonResponse({"filters": eval(filters)})  # expect: PYTHON-DJANGO-SEC-020
