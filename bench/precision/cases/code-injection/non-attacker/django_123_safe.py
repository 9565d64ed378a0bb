import ast
import operator
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_123(request):
    expr = request.META.get("HTTP_X_EXPR", "")
    target = str(float(expr))
    exec(target)
    return HttpResponse("ok")
