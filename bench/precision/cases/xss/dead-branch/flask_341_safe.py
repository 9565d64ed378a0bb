import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c341", methods=["GET", "POST"])
def case_341():
    name = request.url
    mode = "archive"
    if mode == "live":
        target = name
    elif mode == "preview":
        target = name.strip()
    else:
        target = "guest"
    resp = make_response(f"<div>Hello {target}</div>")
    return resp
