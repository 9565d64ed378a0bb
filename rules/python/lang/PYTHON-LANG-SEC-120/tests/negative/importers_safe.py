"""Parsers left at today's safe defaults, or explicitly locked down."""

import xml.etree.ElementTree as ET
import xml.sax
from xml.dom import minidom, pulldom
from xml.sax.handler import feature_external_ges, feature_namespaces

import defusedxml.ElementTree as SafeET
from lxml import etree

STRICT = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # ok: PYTHON-LANG-SEC-120
DEFAULT = etree.XMLParser(remove_blank_text=True)  # ok: PYTHON-LANG-SEC-120


def load(data):
    # xml.etree and minidom never fetch external entities (expat, Python >= 3.7.1).
    return ET.fromstring(data), minidom.parseString(data), SafeET.fromstring(data)


def stream(path):
    for _event, elem in etree.iterparse(path, resolve_entities="internal"):  # ok: PYTHON-LANG-SEC-120
        yield elem.tag


def sax_import(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)  # ok: PYTHON-LANG-SEC-120
    parser.setFeature(feature_namespaces, True)  # ok: PYTHON-LANG-SEC-120
    parser.setContentHandler(handler)
    parser.parse(stream)


def pulldom_events(stream):
    for event, node in pulldom.parse(stream):
        yield event, node


def fetch_schema():
    parser = etree.XMLParser(load_dtd=False, huge_tree=False)  # ok: PYTHON-LANG-SEC-120
    return etree.parse("schemas/feed.xsd", parser)
