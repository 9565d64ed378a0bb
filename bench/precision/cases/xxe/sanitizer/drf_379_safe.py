import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case379View(APIView):
    def post(self, request):
        doc = request.data.get("doc", "")
        root = ET.fromstring(doc)
        return Response({"ok": True})
