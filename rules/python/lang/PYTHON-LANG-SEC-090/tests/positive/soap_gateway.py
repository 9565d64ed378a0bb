"""Legacy SOAP gateway: request bodies arrive from the network and are parsed with SAX or ElementTree."""

import xml.sax
from xml.etree.ElementTree import XML, fromstring as parse_xml
from xml.sax.handler import ContentHandler, feature_external_ges


class EnvelopeHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.operation = None

    def startElement(self, name, attrs):
        if self.operation is None and name.endswith("Request"):
            self.operation = name


def operation_of(body: bytes):
    handler = EnvelopeHandler()
    xml.sax.parseString(body, handler)  # expect: PYTHON-LANG-SEC-090
    return handler.operation


def operation_from_file(fileobj):
    handler = EnvelopeHandler()
    parser = xml.sax.make_parser()
    # External entities switched on: reported by PYTHON-LANG-SEC-120, not here.
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(fileobj)
    return handler.operation


def header_of(body):
    return parse_xml(body).find("{http://schemas.xmlsoap.org/soap/envelope/}Header")  # expect: PYTHON-LANG-SEC-090


def fault_of(text):
    return XML(text).findtext(".//faultstring")  # expect: PYTHON-LANG-SEC-090
