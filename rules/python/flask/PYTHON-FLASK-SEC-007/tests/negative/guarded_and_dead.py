"""Look-alikes that are safe: guards that leave the handler, dead branches, other container entries."""

import os
import re
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
BASE_DIR = "/srv/files"
ALLOWED = {"terms.txt", "privacy.txt"}


@app.route("/name")
def by_name():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    with open(f"{BASE_DIR}/{name}") as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/flat")
def flat():
    name = request.args.get("name", "")
    if "/" in name or "\\" in name or ".." in name:
        return "bad name", 400
    with open(os.path.join(BASE_DIR, name)) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/slug")
def slug():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[\w-]+\.txt", name):
        raise ValueError("bad name")
    return Path(BASE_DIR, name).read_text()  # ok: PYTHON-FLASK-SEC-007


@app.route("/doc")
def doc():
    name = request.args.get("name", "")
    if name not in ALLOWED:
        abort(404)
    with open(os.path.join(BASE_DIR, name)) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/page")
def page():
    number = request.args.get("n", "1")
    if not number.isdigit():
        abort(400)
    return Path(BASE_DIR, f"page{number}.txt").read_text()  # ok: PYTHON-FLASK-SEC-007


@app.route("/dead")
def dead():
    name = request.args.get("name", "")
    limit = 10
    if limit * 3 > 100:
        path = name
    else:
        path = "index.txt"
    with open(os.path.join(BASE_DIR, path)) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/pair")
def pair():
    names = {"default": "index.txt", "chosen": request.args.get("name", "")}
    with open(os.path.join(BASE_DIR, names["default"])) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/stack")
def stack():
    parts = ["index.txt"]
    parts.append(request.args.get("name", ""))
    parts.pop()
    return Path(BASE_DIR, parts[0]).read_text()  # ok: PYTHON-FLASK-SEC-007


@app.route("/count")
def count():
    name = request.args.get("name", "")
    return str(os.path.getsize(os.path.join(BASE_DIR, f"{len(name)}.txt")))  # ok: PYTHON-FLASK-SEC-007


@app.route("/resolved")
def resolved():
    # The normalized path is checked against the base directory (with its separator) before use.
    full = os.path.realpath(os.path.join(BASE_DIR, request.args.get("name", "")))
    if not full.startswith(os.path.join(BASE_DIR, "")):
        abort(404)
    return Path(full).read_text()  # ok: PYTHON-FLASK-SEC-007


@app.route("/resolved-path")
def resolved_path():
    target = (Path(BASE_DIR) / request.args.get("name", "")).resolve()
    if str(target).startswith(BASE_DIR + os.sep):
        return target.read_text()  # ok: PYTHON-FLASK-SEC-007
    abort(404)
