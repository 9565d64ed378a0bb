import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case286View(APIView):
    def post(self, request):
        state = request.data.get("state", "")
        obj = pickle.loads(base64.b64decode(state))
        return Response({"ok": True})
