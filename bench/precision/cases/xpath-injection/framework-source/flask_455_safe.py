from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c455/<name>", methods=["GET", "POST"])
def case_455(name):
    user = name
    nodes = USERS.getroot().findall(f".//user[@name='{user}']")
    return "ok"
