import base64
import json
import pickle
import yaml
import marshal
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case279View(APIView):
    def post(self, request):
        state = request.GET.get("state", "")
        code = marshal.loads(base64.b64decode(state))
        return Response({"ok": True})
