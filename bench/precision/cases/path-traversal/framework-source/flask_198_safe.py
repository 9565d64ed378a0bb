import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

BASE_DIR = "/srv/app/files"

app = Flask(__name__)


@app.route("/c198", methods=["GET", "POST"])
def case_198():
    filename = str(request.args.get("filename", 1, type=int))
    with open(f"/srv/app/files/{filename}", "w") as fh:
        fh.write("updated")
    return "ok"
