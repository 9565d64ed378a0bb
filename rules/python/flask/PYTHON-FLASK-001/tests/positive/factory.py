"""Application factory and a management entry point."""

import os

import dash
import flask as fl
from werkzeug.serving import run_simple


class ApiApp(fl.Flask):
    """Project subclass of Flask."""


def create_app():
    application = ApiApp("api")
    os.environ["FLASK_DEBUG"] = "1"  # expect: PYTHON-FLASK-001
    return application


def serve():
    create_app().run("0.0.0.0", 5000, True)  # expect: PYTHON-FLASK-001


def serve_with_debugger():
    api = ApiApp(__name__)
    api.run(port=5001, use_debugger=True, use_reloader=False)  # expect: PYTHON-FLASK-001


def serve_wsgi(wsgi_app):
    run_simple("localhost", 5002, wsgi_app, use_reloader=True, use_debugger=True)  # expect: PYTHON-FLASK-001


dashboard = dash.Dash(__name__)


def serve_dashboard():
    dashboard.run_server(debug=True)  # expect: PYTHON-FLASK-001


class Service:
    def __init__(self):
        self.app = fl.Flask(__name__)
        self.app.debug = True  # expect: PYTHON-FLASK-001

    def start(self):
        self.app.run(debug=1)  # expect: PYTHON-FLASK-001
