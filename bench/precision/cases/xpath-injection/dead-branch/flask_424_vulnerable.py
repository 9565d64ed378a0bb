from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c424", methods=["GET", "POST"])
def case_424():
    user = request.full_path
    limit = 10
    if len(user) < limit * 30:
        target = user
    else:
        target = "admin"
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return "ok"
