"""Hash ids configured from the settings module."""

import hashids
from flask import Flask

from . import settings

SECRET_KEY = settings.SECRET_KEY


class Obfuscator:
    def __init__(self):
        self.codec = hashids.Hashids(salt=SECRET_KEY, alphabet="abcdefghijkmnpqrstuvwxyz23456789")  # expect: PYTHON-FLASK-SEC-018

    def encode(self, value):
        return self.codec.encode(value)


def create_app():
    app = Flask(__name__)
    app.config.from_object(settings)
    app.config["HASHIDS_SALT"] = app.secret_key  # expect: PYTHON-FLASK-SEC-018
    app.config.update(HASHIDS_SALT=settings.FLASK_SECRET_KEY, HASHIDS_MIN_LENGTH=6)  # todoruleid: PYTHON-FLASK-SEC-018
    app.config["HASHIDS_SALT"] = app.config["SECRET_KEY"]  # expect: PYTHON-FLASK-SEC-018
    return app
