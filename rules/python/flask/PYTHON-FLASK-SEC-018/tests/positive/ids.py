"""Short public ids for orders and invoices."""

import os

from flask import Flask, current_app
from hashids import Hashids

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

order_ids = Hashids(salt=app.secret_key, min_length=8)  # expect: PYTHON-FLASK-SEC-018


def invoice_hasher():
    return Hashids(current_app.secret_key, 10)  # expect: PYTHON-FLASK-SEC-018


def public_order_id(order):
    return order_ids.encode(order.id)
