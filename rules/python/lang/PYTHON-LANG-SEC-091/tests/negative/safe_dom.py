"""DOM code that either uses defusedxml for untrusted input or only builds/parses fixed documents."""

from xml.dom import minidom, pulldom

import defusedxml.minidom
from defusedxml import pulldom as safe_pulldom

TEMPLATE = "<svg xmlns='http://www.w3.org/2000/svg'><g id='layer'/></svg>"


def clean_svg(upload: bytes) -> str:
    doc = defusedxml.minidom.parseString(upload)  # ok: PYTHON-LANG-SEC-091
    return doc.toxml()


def clean_svg_file(path):
    return defusedxml.minidom.parse(path).documentElement  # ok: PYTHON-LANG-SEC-091


def stream(resp):
    return list(safe_pulldom.parse(resp))  # ok: PYTHON-LANG-SEC-091


def blank_svg():
    return minidom.parseString(TEMPLATE)  # ok: PYTHON-LANG-SEC-091


def bundled_icons():
    return minidom.parse("static/icons.svg")  # ok: PYTHON-LANG-SEC-091


def pull_fixed():
    return [e for e, _ in pulldom.parseString("<a><b/></a>")]  # ok: PYTHON-LANG-SEC-091


def new_document(title):
    impl = minidom.getDOMImplementation()
    doc = impl.createDocument(None, "report", None)  # ok: PYTHON-LANG-SEC-091
    node = doc.createElement("title")  # ok: PYTHON-LANG-SEC-091
    node.appendChild(doc.createTextNode(title))
    doc.documentElement.appendChild(node)
    return doc.toprettyxml(indent="  ")
