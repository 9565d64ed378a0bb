"""Inventory service with debugging controlled outside the code."""

import os

from flask import Flask, jsonify
from sanic import Sanic
from werkzeug.serving import run_simple

app = Flask(__name__)
app.config["DEBUG"] = False  # ok: PYTHON-FLASK-001
app.debug = False  # ok: PYTHON-FLASK-001
app.testing = True  # ok: PYTHON-FLASK-001
app.config["TESTING"] = True  # ok: PYTHON-FLASK-001
app.config.update(DEBUG=os.environ.get("APP_DEBUG") == "1")  # ok: PYTHON-FLASK-001
app.config.from_mapping({"DEBUG": False, "JSON_SORT_KEYS": True})  # ok: PYTHON-FLASK-001
os.environ["FLASK_ENV"] = "production"  # ok: PYTHON-FLASK-001
os.environ["FLASK_DEBUG"] = "0"  # ok: PYTHON-FLASK-001

events = Sanic("events")


@app.route("/items")
def items():
    return jsonify([])


def serve_events():
    # Sanic's debug flag does not start the Werkzeug debugger; not a Flask app.
    events.run(host="127.0.0.1", port=8001, debug=True)  # ok: PYTHON-FLASK-001


def serve_wsgi(wsgi_app):
    run_simple("localhost", 5002, wsgi_app, use_reloader=True)  # ok: PYTHON-FLASK-001


def run_job(job):
    # A job runner's run(debug=...) has nothing to do with Flask.
    job.run(debug=True)  # ok: PYTHON-FLASK-001


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000)  # ok: PYTHON-FLASK-001
    app.run(debug=False)  # ok: PYTHON-FLASK-001
