import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

BASE_DIR = "/srv/app/files"

app = Flask(__name__)


@app.route("/c176", methods=["GET", "POST"])
def case_176():
    payload = request.get_json(silent=True) or {}
    filename = payload.get("filename", "")
    data = open(os.path.join(BASE_DIR, os.path.basename(filename)), "rb").read()
    return "ok"
