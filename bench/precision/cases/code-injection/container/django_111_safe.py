import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_111(request):
    expr = request.headers.get("X-Expr", "")
    parts = ["1 + 1"]
    parts.extend([expr])
    target = parts[:1][0]
    result = eval(target)
    return HttpResponse("ok")
