import xml.etree.ElementTree as ET
from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c416", methods=["GET", "POST"])
def case_416():
    doc = str(len(request.args.get("doc", "")))
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(doc.encode(), parser)
    return "ok"
