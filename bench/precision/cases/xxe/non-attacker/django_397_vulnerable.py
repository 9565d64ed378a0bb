import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_397(request):
    doc = request.GET["doc"]
    target = doc.split(",")[0]
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return HttpResponse("ok")
