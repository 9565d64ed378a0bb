"""Order import endpoints that parse the posted XML with a custom lxml parser."""

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/orders", methods=["POST"])
def import_order():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # ruleid: PYTHON-LANG-SEC-121
    root = etree.fromstring(request.data, parser)
    return {"id": root.findtext("id")}


@app.route("/orders/<fmt>", methods=["POST"])
def import_checked(fmt):
    doc = request.form.get("doc", "")
    # A prefix check does not exclude a DOCTYPE with external entities.
    if not doc.lstrip().startswith("<"):
        return {"error": "not xml"}, 400
    parser = etree.XMLParser(load_dtd=True)
    # ruleid: PYTHON-LANG-SEC-121
    tree = etree.XML(doc.encode(), parser=parser)
    return {"tag": tree.tag, "fmt": fmt}
