"""Loader for large XML exports, written with lxml."""

from lxml import etree


def load_export(path):
    parser = etree.XMLParser(huge_tree=True)  # expect: PYTHON-LANG-SEC-090
    return etree.parse(path, parser)


def stream(path):
    for _event, elem in etree.iterparse(path, huge_tree=True):  # expect: PYTHON-LANG-SEC-090
        yield elem.tag
