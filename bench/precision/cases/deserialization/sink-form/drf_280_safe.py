import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case280View(APIView):
    def post(self, request):
        state = request.headers.get("X-State", "")
        docs = list(yaml.safe_load_all(state))
        return Response({"ok": True})
