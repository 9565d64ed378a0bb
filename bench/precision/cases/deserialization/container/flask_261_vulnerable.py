import base64
import json
import pickle
import yaml
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c261", methods=["GET", "POST"])
def case_261():
    state = request.args["state"]
    ctx = {}
    ctx["value"] = "gASVCQAAAAAAAACMBWd1ZXN0lC4="
    ctx["value"] = state
    target = ctx["value"]
    cfg = yaml.load(target, Loader=yaml.Loader)
    return "ok"
