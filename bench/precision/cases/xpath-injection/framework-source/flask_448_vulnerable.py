from lxml import etree
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

USERS = etree.parse("/srv/app/users.xml")

app = Flask(__name__)


@app.route("/c448", methods=["GET", "POST"])
def case_448():
    user = request.args.get("user", "")
    find = etree.XPath("//user[@name='%s']/email" % user)
    nodes = find(USERS)
    return "ok"
