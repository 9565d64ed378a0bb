import ast
import operator
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case106View(APIView):
    def post(self, request):
        expr = request.query_params["expr"]
        attempts = 0
        target = "1 + 1"
        while attempts < 1:
            target = expr
            attempts += 1
        exec(target)
        return Response({"ok": True})
