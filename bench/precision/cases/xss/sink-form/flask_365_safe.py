import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c365", methods=["GET", "POST"])
def case_365():
    name = request.get_json()["name"]
    return jsonify(result=name)
