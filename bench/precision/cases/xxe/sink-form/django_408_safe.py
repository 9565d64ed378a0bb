import io
import xml.etree.ElementTree as ET
from lxml import etree
import xml.sax
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape


def case_408(request):
    doc = request.headers.get("X-Doc", "")
    sax_parser = xml.sax.make_parser()
    sax_parser.parse(io.StringIO(doc))
    return HttpResponse("ok")
