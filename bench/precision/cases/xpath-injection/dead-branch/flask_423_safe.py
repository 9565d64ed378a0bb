from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c423", methods=["GET", "POST"])
def case_423():
    user = request.files["upload"].filename
    limit = 10
    if limit * 3 > 100:
        target = user
    else:
        target = "admin"
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return "ok"
