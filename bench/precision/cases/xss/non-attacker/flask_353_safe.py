import html
import re
import os
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c353", methods=["GET", "POST"])
def case_353():
    name = request.args.get("name", "")
    target = os.environ.get("APP_DEFAULT", "guest")  # server configuration, not the client
    resp = make_response(f"<div>Hello {target}</div>")
    return resp
