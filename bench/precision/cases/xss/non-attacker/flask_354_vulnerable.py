import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c354", methods=["GET", "POST"])
def case_354():
    name = request.form["name"]
    target = name or "guest"
    resp = make_response(f"<div>Hello {target}</div>")
    return resp
