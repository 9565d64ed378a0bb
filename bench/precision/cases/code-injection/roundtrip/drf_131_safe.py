import ast
import operator
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case131View(APIView):
    def post(self, request):
        expr = request.data.get("expr", "")
        target = "{k}".format(k="1 + 1", note=expr)
        exec(target)
        return Response({"ok": True})
