import base64
import json
import pickle
import yaml
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c288", methods=["GET", "POST"])
def case_288():
    state = str(len(request.args.get("state", "")))
    obj = pickle.loads(state.encode("latin-1"))
    return "ok"
