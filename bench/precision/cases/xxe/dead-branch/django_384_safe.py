import xml.etree.ElementTree as ET
from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_384(request):
    params = request.GET.dict()
    doc = params.get("doc", "")
    DEBUG = False
    target = "<order><id>1</id></order>"
    if DEBUG:
        target = doc
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return HttpResponse("ok")
