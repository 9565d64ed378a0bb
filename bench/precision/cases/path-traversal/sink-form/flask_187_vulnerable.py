import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

BASE_DIR = "/srv/app/files"

app = Flask(__name__)


@app.route("/c187", methods=["GET", "POST"])
def case_187():
    filename = request.headers.get("X-Filename", "")
    Path(BASE_DIR, filename).unlink()
    return "ok"
