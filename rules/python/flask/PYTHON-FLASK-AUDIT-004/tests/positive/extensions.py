"""Extension set-up for the application factory."""

import flask_cors
from flask import Flask

cors = flask_cors.CORS()
ANYWHERE = "*"


def create_app():
    app = Flask(__name__)
    app.config["CORS_ORIGINS"] = "*"  # expect: PYTHON-FLASK-AUDIT-004
    cors.init_app(app)
    return app


def create_partner_app():
    app = Flask("partners")
    app.config.update(CORS_ORIGINS=ANYWHERE, CORS_SUPPORTS_CREDENTIALS=True)  # expect: PYTHON-FLASK-AUDIT-004
    flask_cors.CORS(app, origins=ANYWHERE)  # expect: PYTHON-FLASK-AUDIT-004
    return app


def create_admin_app():
    app = Flask("admin")
    flask_cors.CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # todoruleid: PYTHON-FLASK-AUDIT-004
    return app
