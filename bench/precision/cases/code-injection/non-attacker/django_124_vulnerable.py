import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_124(request):
    expr = request.body.decode()
    target = expr.split(",")[0]
    exec(target)
    return HttpResponse("ok")
