import xml.etree.ElementTree as ET
from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c409", methods=["GET", "POST"])
def case_409():
    doc = request.form.getlist("doc")[0]
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(doc, parser=parser)
    return "ok"
