import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_135(request):
    params = request.GET.dict()
    expr = params.get("expr", "")
    ops = {"add": operator.add, "mul": operator.mul}
    fn = ops.get(expr, operator.add)
    result = fn(2, 3)
    return HttpResponse("ok")
