"""XML importers whose parsers resolve external entities."""

import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges, feature_external_pes

from lxml import etree

PERMISSIVE = etree.XMLParser(resolve_entities=True, remove_blank_text=True)  # expect: PYTHON-LANG-SEC-120


def load_with_dtd(data):
    parser = etree.XMLParser(load_dtd=True, no_network=False)  # expect: PYTHON-LANG-SEC-120
    return etree.fromstring(data, parser)


def stream(path):
    for _event, elem in etree.iterparse(path, resolve_entities=True):  # expect: PYTHON-LANG-SEC-120
        yield elem.tag


def sax_import(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # expect: PYTHON-LANG-SEC-120
    parser.setContentHandler(handler)
    parser.parse(stream)


def pulldom_events(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_pes, True)  # expect: PYTHON-LANG-SEC-120
    for event, node in pulldom.parse(stream, parser=parser):
        yield event, node
