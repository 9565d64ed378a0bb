import io
import xml.etree.ElementTree as ET
from lxml import etree
import xml.sax
from xml.sax.handler import feature_external_ges
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_407(request):
    doc = request.POST.get("doc", "")
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    sax_parser.parse(io.StringIO(doc))
    return HttpResponse("ok")
