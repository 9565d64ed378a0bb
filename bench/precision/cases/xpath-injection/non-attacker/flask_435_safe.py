from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c435/<name>", methods=["GET", "POST"])
def case_435(name):
    user = name
    target = str(int(user))
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return "ok"
