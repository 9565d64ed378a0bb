import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_410(request):
    doc = request.COOKIES.get("doc", "")
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(doc.encode(), parser)
    return HttpResponse("ok")
