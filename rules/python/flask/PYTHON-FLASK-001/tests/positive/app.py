"""Inventory service."""

import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = True  # expect: PYTHON-FLASK-001

DEBUG = True


@app.route("/items")
def items():
    return jsonify([])


def configure(extra):
    app.config.update(DEBUG=True, JSON_SORT_KEYS=False)  # expect: PYTHON-FLASK-001
    app.config.from_mapping({"DEBUG": True, "SECRET_KEY": os.environ["SECRET_KEY"]})  # expect: PYTHON-FLASK-001


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=DEBUG)  # expect: PYTHON-FLASK-001


def enable_profiling():
    app.debug = True  # expect: PYTHON-FLASK-001
