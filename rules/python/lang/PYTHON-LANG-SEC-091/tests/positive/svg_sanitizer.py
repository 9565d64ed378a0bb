"""Strips scripts from user-uploaded SVG images before they are served."""

from xml.dom import minidom

ALLOWED = {"svg", "g", "path", "rect", "circle", "title"}


def clean_svg(upload: bytes) -> str:
    doc = minidom.parseString(upload)  # expect: PYTHON-LANG-SEC-091
    for node in list(doc.getElementsByTagName("*")):
        if node.tagName not in ALLOWED:
            node.parentNode.removeChild(node)
    return doc.toxml()


def clean_svg_file(path):
    with open(path, "rb") as fh:
        doc = minidom.parse(fh)  # expect: PYTHON-LANG-SEC-091
    return doc.documentElement.getAttribute("viewBox")
