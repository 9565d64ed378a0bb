"""ML model hub: uploaded models and cached results are unpickled by helpers."""

import io

import dill
import jsonpickle
import pandas as pd
from flask import Blueprint, jsonify
from flask import request as req

models = Blueprint("models", __name__)


def uploaded_bytes():
    """Returns the uploaded file's bytes: tainted for callers."""
    return req.files["model"].read()


def load_object(payload):
    """Reported here when a caller passes request data."""
    return dill.loads(payload)  # expect: PYTHON-FLASK-SEC-013


@models.route("/models", methods=["POST"])
def upload_model():
    model = load_object(uploaded_bytes())
    return jsonify(kind=type(model).__name__)


@models.route("/frames", methods=["POST"])
def upload_frame():
    frame = pd.read_pickle(io.BytesIO(uploaded_bytes()))  # expect: PYTHON-FLASK-SEC-013
    return jsonify(rows=len(frame))


@models.route("/results", methods=["POST"])
def results():
    obj = jsonpickle.decode(req.form["result"])  # expect: PYTHON-FLASK-SEC-013
    return jsonify(result=str(obj))
