import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

BASE_DIR = "/srv/app/files"

app = Flask(__name__)


@app.route("/c164", methods=["GET", "POST"])
def case_164():
    filename = request.args["filename"]
    if "/" in filename or "\\" in filename:
        return "bad request", 400
    data = open(os.path.join(BASE_DIR, filename)).read()
    return "ok"
