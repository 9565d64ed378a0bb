import base64
import json
import pickle
import yaml
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


class Case269View(APIView):
    def post(self, request):
        target = str(get_count(request, "state"))
        obj = pickle.loads(target.encode("latin-1"))
        return Response({"ok": True})
