import ast
import operator
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_EXPRS = {"1 + 1", "1 + 1-2"}


class Case119View(APIView):
    def post(self, request):
        expr = request.GET.get("expr", "")
        if expr not in ALLOWED_EXPRS:
            return Response(status=400)
        result = eval("lambda x: " + expr)
        return Response({"ok": True})
