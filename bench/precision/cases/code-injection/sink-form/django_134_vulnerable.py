import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_134(request):
    expr = request.GET.getlist("expr")[0]
    code = "def f():\n    return " + expr
    ns = {}
    exec(code, ns)
    return HttpResponse("ok")
