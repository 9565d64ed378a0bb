import base64
import json
import pickle
import yaml
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c249", methods=["GET", "POST"])
def case_249():
    state = request.values.get("state")
    cfg = yaml.load(state, Loader=yaml.SafeLoader)
    return "ok"
