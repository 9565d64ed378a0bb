import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_101(request):
    expr = request.POST.get("expr", "")
    exec(expr)
    return HttpResponse("ok")
