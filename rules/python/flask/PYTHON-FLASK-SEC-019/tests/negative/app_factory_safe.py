"""Signing keys read at run time, placeholders in templates, and other config values."""

import os
import secrets

from flask import Flask

import settings

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]  # ok: PYTHON-FLASK-SEC-019


def create_app():
    instance = Flask(__name__)
    instance.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")  # ok: PYTHON-FLASK-SEC-019
    instance.config.update(SECRET_KEY=settings.SECRET_KEY, SESSION_COOKIE_SECURE=True)  # ok: PYTHON-FLASK-SEC-019
    instance.config["APP_NAME"] = "billing"  # ok: PYTHON-FLASK-SEC-019
    return instance


def create_test_app():
    # A fresh random key per process (sessions do not survive restarts, nothing is in the source).
    api = Flask(__name__)
    api.config.from_mapping({"SECRET_KEY": secrets.token_hex(32), "TESTING": True})  # ok: PYTHON-FLASK-SEC-019
    api.config["JWT_SECRET_KEY"] = "${JWT_SECRET_KEY}"  # ok: PYTHON-FLASK-SEC-019
    api.config.from_prefixed_env()
    return api


def load_key(path):
    instance = Flask(__name__)
    with open(path) as f:
        instance.secret_key = f.read().strip()  # ok: PYTHON-FLASK-SEC-019
    instance.secret_key = ""  # ok: PYTHON-FLASK-SEC-019
    return instance


def create_token_service():
    service = Flask(__name__)
    service.config["JWT_SECRET"] = os.environ["JWT_SECRET"]  # ok: PYTHON-FLASK-SEC-019
    service.config["JWT_SECRET_FILE"] = "/run/secrets/jwt"  # ok: PYTHON-FLASK-SEC-019
    return service
