"""File operations on request-controlled paths: pathlib, os.path checks, shutil, and checks that miss."""

import os
import re
import shutil
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
BASE_DIR = "/srv/files"


@app.route("/delete")
def delete():
    name = request.args.get("name", "")
    Path(BASE_DIR, name).unlink()  # expect: PYTHON-FLASK-SEC-007


@app.route("/draft", methods=["POST"])
def draft():
    name = request.form["name"]
    Path(BASE_DIR).joinpath(name).write_text("draft")  # expect: PYTHON-FLASK-SEC-007


@app.route("/preview")
def preview():
    target = Path(BASE_DIR) / request.args["name"]
    return target.read_text()  # expect: PYTHON-FLASK-SEC-007


@app.route("/size")
def size():
    name = request.args.get("name", "")
    if not os.path.exists(os.path.join(BASE_DIR, name)):  # expect: PYTHON-FLASK-SEC-007
        abort(404)
    return str(os.path.getsize(os.path.join(BASE_DIR, name)))  # expect: PYTHON-FLASK-SEC-007


@app.route("/archive", methods=["POST"])
def archive():
    shutil.copy(os.path.join(BASE_DIR, request.form["name"]), "/srv/archive/")  # expect: PYTHON-FLASK-SEC-007
    return "ok"


@app.route("/joined")
def joined():
    # A `..` check does not stop an absolute name, which replaces the base in os.path.join.
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    with open(os.path.join(BASE_DIR, name)) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/prefix")
def prefix():
    # re.match without an end anchor accepts "report/../../etc/passwd".
    name = request.args.get("name", "")
    if not re.match(r"[\w-]+", name):
        abort(400)
    with open(f"{BASE_DIR}/{name}") as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/live")
def live():
    name = request.args.get("name", "")
    mode = "raw"
    path = name if mode == "raw" else "index.txt"
    with open(os.path.join(BASE_DIR, path)) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/pair")
def pair():
    names = {"default": "index.txt", "chosen": request.args.get("name", "")}
    with open(os.path.join(BASE_DIR, names["chosen"])) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/prefix-only")
def prefix_only():
    # The joined path is not normalized: "../../etc/passwd" still starts with BASE_DIR.
    full = os.path.join(BASE_DIR, request.args.get("name", ""))
    if not full.startswith(BASE_DIR):
        abort(404)
    with open(full) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()
