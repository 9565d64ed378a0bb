import ast
import operator
from urllib.parse import quote, unquote
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case130View(APIView):
    def post(self, request):
        expr = request.headers.get("X-Expr", "")
        target = unquote(quote(expr))
        exec(target)
        return Response({"ok": True})
