"""Order import endpoints that keep the attacker's document away from a custom lxml parser."""

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TEMPLATE = "<order><id>1</id></order>"
KNOWN = {"small": "<order><id>1</id></order>", "large": "<order><id>2</id></order>"}


@app.route("/orders", methods=["POST"])
def import_order():
    # The default lxml 5 parser resolves no external entities.
    # ok: PYTHON-LANG-SEC-121
    root = etree.fromstring(request.data)
    return {"id": root.findtext("id")}


@app.route("/orders/template", methods=["POST"])
def import_template():
    doc = request.form.get("doc", "")
    target = doc
    target = TEMPLATE
    parser = etree.XMLParser(resolve_entities=True)
    # ok: PYTHON-LANG-SEC-121
    root = etree.fromstring(target.encode(), parser)
    return {"id": root.findtext("id"), "len": len(doc)}


@app.route("/orders/preset", methods=["POST"])
def import_preset():
    name = request.args.get("preset", "")
    if name not in KNOWN:
        return {"error": "unknown preset"}, 400
    parser = etree.XMLParser(resolve_entities=True)
    # ok: PYTHON-LANG-SEC-121
    root = etree.fromstring(name.encode(), parser=parser)
    return {"id": root.findtext("id")}
