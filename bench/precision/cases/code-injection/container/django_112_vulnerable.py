import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_112(request):
    expr = request.COOKIES.get("expr", "")
    parts = ["1 + 1"]
    parts.extend([expr])
    target = parts[-1]
    result = eval(target)
    return HttpResponse("ok")
