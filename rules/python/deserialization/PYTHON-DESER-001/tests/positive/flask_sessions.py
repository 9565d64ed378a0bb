"""A Flask service that keeps user preferences and uploaded models as pickles."""

import base64
import pickle

import joblib
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/api/restore")
def restore():
    # The raw request body.
    state = pickle.loads(request.data)  # expect: PYTHON-DESER-001
    return jsonify(keys=list(state))


@app.get("/api/prefs")
def prefs():
    # A cookie holding a base64 pickle.
    raw = request.cookies.get("prefs")
    if raw:
        preferences = pickle.loads(base64.b64decode(raw))  # expect: PYTHON-DESER-001
    else:
        preferences = {}
    return jsonify(preferences)


@app.post("/api/models")
def upload_model():
    # An uploaded file, read as a stream.
    upload = request.files["model"]
    model = joblib.load(upload.stream)  # expect: PYTHON-DESER-001
    return jsonify(type=type(model).__name__)


def decode_blob(blob):
    # Reported here: the view below passes request data to it.
    return pickle.loads(base64.urlsafe_b64decode(blob))  # expect: PYTHON-DESER-001


@app.post("/api/batch")
def batch():
    results = []
    for item in request.get_json()["items"]:
        results.append(str(decode_blob(item["payload"])))
    return jsonify(results)


@app.get("/api/cached")
def cached():
    # The query string names the file that is unpickled.
    with open("/var/cache/app/" + request.args["name"], "rb") as fh:
        return jsonify(pickle.load(fh))  # expect: PYTHON-DESER-001
