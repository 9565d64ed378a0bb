import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

def get_param(req, key):
    return req.query_params.get(key, "")


class Case268View(APIView):
    def post(self, request):
        target = get_param(request, "state")
        obj = pickle.loads(target.encode("latin-1"))
        return Response({"ok": True})
