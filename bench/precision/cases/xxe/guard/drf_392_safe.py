import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_DOCS = {"<order><id>1</id></order>", "<order><id>1</id></order>-2"}


class Case392View(APIView):
    def post(self, request):
        doc = request.query_params.get("doc", "")
        if doc not in ALLOWED_DOCS:
            return Response(status=400)
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        root = etree.fromstring(doc.encode(), parser)
        return Response({"ok": True})
