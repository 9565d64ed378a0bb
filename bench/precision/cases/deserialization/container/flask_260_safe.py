import base64
import json
import pickle
import yaml
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c260", methods=["GET", "POST"])
def case_260():
    state = request.get_json()["state"]
    ctx = {}
    ctx["raw"] = state
    ctx["value"] = "gASVCQAAAAAAAACMBWd1ZXN0lC4="
    target = ctx["value"]
    cfg = yaml.load(target, Loader=yaml.Loader)
    return "ok"
