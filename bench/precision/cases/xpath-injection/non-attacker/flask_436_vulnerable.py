from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c436", methods=["GET", "POST"])
def case_436():
    user = request.args.to_dict().get("user", "")
    target = str(user).strip()
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return "ok"
