import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case414View(APIView):
    def post(self, request):
        doc = request.GET.get("doc", "")
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        root = etree.fromstring(doc.encode(), parser)
        return Response({"ok": True})
