import xml.etree.ElementTree as ET
from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c394/<name>", methods=["GET", "POST"])
def case_394(name):
    doc = name
    target = "yes" if doc == "1" else "no"
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return "ok"
