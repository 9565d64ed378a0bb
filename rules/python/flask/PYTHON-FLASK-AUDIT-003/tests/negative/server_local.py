"""Development entry points that stay on loopback or read the address from the environment."""

import os

import flask
from dash import Dash
from werkzeug import serving

app = flask.Flask(__name__)
dashboard = Dash(__name__)
HOST = os.environ.get("CATALOGUE_HOST", "127.0.0.1")


def run_default():
    app.run()  # ok: PYTHON-FLASK-AUDIT-003


def run_loopback():
    app.run(host="127.0.0.1", port=8080)  # ok: PYTHON-FLASK-AUDIT-003


def run_ipv6_loopback():
    app.run("::1", 8081)  # ok: PYTHON-FLASK-AUDIT-003


def run_configured():
    app.run(host=HOST, port=int(os.environ.get("PORT", "8080")))  # ok: PYTHON-FLASK-AUDIT-003


def run_empty_host():
    # Flask replaces an empty host with 127.0.0.1.
    app.run(host="", port=8082)  # ok: PYTHON-FLASK-AUDIT-003


def run_plain_wsgi():
    serving.run_simple("localhost", 8083, app)  # ok: PYTHON-FLASK-AUDIT-003


def run_dashboard():
    dashboard.run_server(host="127.0.0.1", port=8050)  # ok: PYTHON-FLASK-AUDIT-003


def run_task(task):
    # A task runner's run(host=...) names the machine to run on, not a listening address.
    task.run(host="0.0.0.0")  # ok: PYTHON-FLASK-AUDIT-003
