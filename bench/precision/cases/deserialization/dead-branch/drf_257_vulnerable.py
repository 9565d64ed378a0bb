import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case257View(APIView):
    def post(self, request):
        state = request.query_params["state"]
        target = "gASVCQAAAAAAAACMBWd1ZXN0lC4="
        target = state
        cfg = yaml.unsafe_load(target)
        return Response({"ok": True})
