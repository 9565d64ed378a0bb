"""Hash ids with their own salt, unrelated to the session signing key."""

import os

from flask import Flask, current_app
from hashids import Hashids

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]  # ok: PYTHON-FLASK-SEC-018
app.config["HASHIDS_SALT"] = os.environ["HASHIDS_SALT"]  # ok: PYTHON-FLASK-SEC-018
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], HASHIDS_SALT=os.environ["HASHIDS_SALT"])  # ok: PYTHON-FLASK-SEC-018

order_ids = Hashids(salt=os.environ["HASHIDS_SALT"], min_length=8)  # ok: PYTHON-FLASK-SEC-018


def invoice_hasher():
    return Hashids(current_app.config["HASHIDS_SALT"], 10)  # ok: PYTHON-FLASK-SEC-018


def plain_hasher():
    return Hashids(min_length=6)  # ok: PYTHON-FLASK-SEC-018


def signer():
    # itsdangerous is meant to be keyed with the secret.
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(app.secret_key, salt="email-confirm")  # ok: PYTHON-FLASK-SEC-018
