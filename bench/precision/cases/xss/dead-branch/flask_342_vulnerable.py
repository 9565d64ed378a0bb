import html
import re
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c342", methods=["GET", "POST"])
def case_342():
    name = request.args.to_dict().get("name", "")
    mode = "live"
    if mode == "live":
        target = name
    elif mode == "preview":
        target = name.strip()
    else:
        target = "guest"
    resp = make_response(f"<div>Hello {target}</div>")
    return resp
