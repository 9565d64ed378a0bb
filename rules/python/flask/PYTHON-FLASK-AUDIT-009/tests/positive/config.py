"""Application factory."""

from flask import Flask

INSECURE = False


def create_app():
    app = Flask(__name__)
    app.config["SESSION_COOKIE_SECURE"] = False  # expect: PYTHON-FLASK-AUDIT-009
    app.config["SESSION_COOKIE_HTTPONLY"] = INSECURE  # expect: PYTHON-FLASK-AUDIT-009
    app.config.update(REMEMBER_COOKIE_SECURE=False, REMEMBER_COOKIE_DURATION=3600)  # expect: PYTHON-FLASK-AUDIT-009
    app.config.from_mapping({"SESSION_COOKIE_SECURE": False})  # expect: PYTHON-FLASK-AUDIT-009
    return app
