"""Reads XML documents shipped with the application (constant names and literals only)."""

import xml.etree.ElementTree as ET
import xml.sax
from xml.sax.handler import ContentHandler

from lxml import etree

MENU_FILE = "static/menu.xml"
PING = b"<ping/>"


class Counter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def menu():
    return ET.ElementTree(file=MENU_FILE).getroot()  # ok: PYTHON-LANG-SEC-090


def menu_again():
    doc = ET.ElementTree()
    doc.parse(MENU_FILE)  # ok: PYTHON-LANG-SEC-090
    return doc


def sample_events():
    return [e for e, _ in ET.iterparse("fixtures/sample.xml", events=("start",))]  # ok: PYTHON-LANG-SEC-090


def literals():
    a = ET.XML("<a><b/></a>")  # ok: PYTHON-LANG-SEC-090
    b = ET.fromstringlist(["<root>", "<leaf/>", "</root>"])  # ok: PYTHON-LANG-SEC-090
    return a, b


def count_ping():
    handler = Counter()
    xml.sax.parseString(PING, handler)  # ok: PYTHON-LANG-SEC-090
    return handler.count


def pretty_parser():
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # ok: PYTHON-LANG-SEC-090
