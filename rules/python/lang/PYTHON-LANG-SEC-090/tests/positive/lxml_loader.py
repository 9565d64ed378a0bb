"""Loader for large XML exports, written with lxml."""

from lxml import etree

PERMISSIVE = etree.XMLParser(resolve_entities=True, remove_blank_text=True)  # expect: PYTHON-LANG-SEC-090


def load_export(path):
    parser = etree.XMLParser(huge_tree=True)  # expect: PYTHON-LANG-SEC-090
    return etree.parse(path, parser)


def load_with_dtd(data):
    parser = etree.XMLParser(load_dtd=True, no_network=False)  # expect: PYTHON-LANG-SEC-090
    return etree.fromstring(data, parser)


def stream(path):
    for _event, elem in etree.iterparse(path, resolve_entities=True):  # expect: PYTHON-LANG-SEC-090
        yield elem.tag
