import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_139(request):
    expr = request.GET.get("expr", "")
    result = eval(expr)
    return HttpResponse("ok")
