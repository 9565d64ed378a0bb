"""A workspace app that stores client state as pickles, YAML and marshal blobs."""

import base64
import marshal
import pickle
import zlib

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/state/restore", methods=["POST"])
def restore():
    # A pickle's __reduce__ runs any callable during loading: os.system included.
    state = pickle.loads(request.data)  # expect: PYTHON-FLASK-SEC-013
    return jsonify(keys=sorted(state))


@app.route("/state/cookie")
def from_cookie():
    blob = request.cookies.get("workspace", "")
    raw = zlib.decompress(base64.urlsafe_b64decode(blob))
    workspace = pickle.loads(raw)  # expect: PYTHON-FLASK-SEC-013
    return jsonify(name=workspace.get("name"))


@app.route("/import", methods=["POST"])
def import_file():
    upload = request.files["workspace"]
    if upload.filename.endswith(".yaml"):
        data = yaml.load(upload.read())  # expect: PYTHON-FLASK-SEC-013
    else:
        data = pickle.load(upload.stream)  # expect: PYTHON-FLASK-SEC-013
    return jsonify(imported=len(data))


@app.route("/config", methods=["POST"])
def config():
    text = request.get_data(as_text=True)
    settings = yaml.load(text, Loader=yaml.Loader)  # expect: PYTHON-FLASK-SEC-013
    return jsonify(settings=list(settings))


@app.route("/macros", methods=["POST"])
def macros():
    loaded = []
    for encoded in request.get_json()["macros"]:
        loaded.append(marshal.loads(base64.b64decode(encoded)))  # expect: PYTHON-FLASK-SEC-013
    return jsonify(count=len(loaded))
