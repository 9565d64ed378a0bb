import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c368", methods=["GET", "POST"])
def case_368():
    name = request.args["name"]
    resp = make_response(f"<div>Hello {name}</div>")
    return resp
