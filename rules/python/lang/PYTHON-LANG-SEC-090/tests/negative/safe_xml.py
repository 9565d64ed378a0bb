"""XML handled safely: defusedxml for untrusted input, stdlib only for constant documents and for writing."""

import xml.etree.ElementTree as ET
import xml.sax
from xml.sax.handler import feature_external_ges, feature_namespaces
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET
from defusedxml import sax as safe_sax
from lxml import etree

DEFAULT_CONFIG = "<config><retries>3</retries></config>"


def fetch_feed(content):
    root = SafeET.fromstring(content)  # ok: PYTHON-LANG-SEC-090
    return [item.findtext("sku") for item in root.iter("item")]


def import_upload(upload_path):
    return SafeET.parse(upload_path).getroot()  # ok: PYTHON-LANG-SEC-090


def defaults():
    # Constant documents written by the developers.
    base = ET.fromstring(DEFAULT_CONFIG)  # ok: PYTHON-LANG-SEC-090
    schema = ET.parse("schemas/feed-defaults.xml")  # ok: PYTHON-LANG-SEC-090
    return base, schema


def build_reply(items):
    root = ET.Element("reply")
    for item in items:
        ET.SubElement(root, "item", sku=escape(item))  # ok: PYTHON-LANG-SEC-090
    return ET.tostring(root, encoding="unicode")  # ok: PYTHON-LANG-SEC-090


def operation_of(body, handler):
    safe_sax.parseString(body, handler)  # ok: PYTHON-LANG-SEC-090
    return handler


def strict_sax(fileobj, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)  # ok: PYTHON-LANG-SEC-090
    parser.setFeature(feature_namespaces, True)  # ok: PYTHON-LANG-SEC-090
    parser.setContentHandler(handler)
    return parser


def strict_lxml(data):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)  # ok: PYTHON-LANG-SEC-090
    return etree.fromstring(data, parser)


def bounded_pull():
    parser = ET.XMLPullParser(events=("end",))
    parser.feed(b"<ping/>")  # ok: PYTHON-LANG-SEC-090
    return list(parser.read_events())
