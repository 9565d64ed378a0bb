import xml.etree.ElementTree as ET
from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c383", methods=["GET", "POST"])
def case_383():
    payload = request.get_json(silent=True) or {}
    doc = payload.get("doc", "")
    kind = "user"
    match kind:
        case "user":
            target = doc
        case _:
            target = "<order><id>1</id></order>"
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return "ok"
