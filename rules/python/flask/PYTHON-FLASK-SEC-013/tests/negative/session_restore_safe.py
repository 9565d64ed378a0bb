"""Client state handled with data-only formats, safe YAML loaders and server-side pickles."""

import json
import os
import pickle

import yaml
from flask import Flask, current_app, jsonify, request
from itsdangerous import URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ.get("STATE_KEY", "dev-key"))
CACHE = {"defaults": b"\x80\x04}\x94."}


@app.route("/state/restore", methods=["POST"])
def restore():
    state = json.loads(request.data)
    return jsonify(keys=sorted(state))


@app.route("/state/cookie")
def from_cookie():
    # Signed JSON, not pickle.
    workspace = signer.loads(request.cookies.get("workspace", ""))
    return jsonify(name=workspace.get("name"))


@app.route("/import", methods=["POST"])
def import_file():
    upload = request.files["workspace"]
    first = yaml.safe_load(upload.read())
    second = yaml.load(request.get_data(as_text=True), Loader=yaml.SafeLoader)  # ok: PYTHON-FLASK-SEC-013
    third = yaml.load(request.form["extra"], yaml.CSafeLoader)  # ok: PYTHON-FLASK-SEC-013
    return jsonify(imported=[first, second, third])


@app.route("/defaults")
def defaults():
    # Pickles produced by the server itself: configuration, environment, a constant cache.
    path = current_app.config.get("DEFAULTS_PICKLE", "/srv/defaults.pkl")
    with open(path, "rb") as fh:
        base = pickle.load(fh)  # ok: PYTHON-FLASK-SEC-013
    extra = pickle.loads(CACHE.get("defaults"))  # ok: PYTHON-FLASK-SEC-013
    env_blob = os.environ.get("DEFAULTS_BLOB", "").encode("latin-1")
    overrides = pickle.loads(env_blob) if env_blob else {}  # ok: PYTHON-FLASK-SEC-013
    return jsonify(base=base, extra=extra, overrides=overrides)


@app.route("/reset")
def reset():
    blob = request.args.get("state", "")
    blob = b"\x80\x04}\x94."
    return jsonify(state=pickle.loads(blob))  # ok: PYTHON-FLASK-SEC-013


@app.route("/defaults/<name>")
def named_defaults(name):
    # The request picks a key into a server-side cache of pickles.
    return jsonify(state=pickle.loads(CACHE[request.view_args["name"]]))  # ok: PYTHON-FLASK-SEC-013


@app.route("/config", methods=["POST"])
def config():
    settings = yaml.load(stream=request.form["config"], Loader=yaml.SafeLoader)  # ok: PYTHON-FLASK-SEC-013
    everything = list(yaml.load_all(request.get_data(as_text=True), Loader=yaml.CSafeLoader))  # ok: PYTHON-FLASK-SEC-013
    return jsonify(settings=settings, documents=len(everything))
