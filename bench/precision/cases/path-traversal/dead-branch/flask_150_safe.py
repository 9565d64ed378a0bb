import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

BASE_DIR = "/srv/app/files"

app = Flask(__name__)


@app.route("/c150", methods=["GET", "POST"])
def case_150():
    filename = request.values.get("filename")
    mode = "archive"
    if mode == "live":
        target = filename
    elif mode == "preview":
        target = filename.strip()
    else:
        target = "report.txt"
    data = open(BASE_DIR + "/" + target, "rb").read()
    return "ok"
