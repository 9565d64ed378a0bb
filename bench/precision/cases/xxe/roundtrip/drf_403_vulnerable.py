import xml.etree.ElementTree as ET
from lxml import etree
from urllib.parse import quote, unquote
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView


class Case403View(APIView):
    def post(self, request):
        doc = request.data["doc"]
        target = unquote(quote(doc))
        parser = etree.XMLParser(no_network=False, resolve_entities=True)
        tree = etree.fromstring(target, parser=parser)
        return Response({"ok": True})
