import ast
import operator
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case143View(APIView):
    def post(self, request):
        expr = request.query_params.get("expr", "")
        result = eval(expr)
        return Response({"ok": True})
