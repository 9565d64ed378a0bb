"""Report builder: class-based views and helpers that evaluate user-supplied column expressions."""

from django.http import JsonResponse
from django.views import View

ROWS = [{"qty": 3, "price": 9.5}, {"qty": 1, "price": 120.0}]


def column_expression(request):
    return request.GET.get("column", "qty")


def evaluate(expression, row):
    return eval(expression, {}, row)  # expect: PYTHON-DJANGO-SEC-020


class ColumnView(View):
    def get(self, request):
        values = [eval(column_expression(request), {}, row) for row in ROWS]  # expect: PYTHON-DJANGO-SEC-020
        return JsonResponse({"values": values})


class ComputedView(View):
    def post(self, request):
        expression = self.request.POST["expression"]
        return JsonResponse({"values": [evaluate("{} * 1".format(expression), row) for row in ROWS]})
