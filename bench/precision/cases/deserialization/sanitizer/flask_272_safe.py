import base64
import json
import pickle
import yaml
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c272", methods=["GET", "POST"])
def case_272():
    state = request.form.get("state", "")
    cfg = yaml.safe_load(state)
    return "ok"
