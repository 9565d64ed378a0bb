"""Amounts handled without float() on request text: integers, Decimal, server-side values."""

import os
from decimal import Decimal

from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)
BALANCES = {"alice": 10000, "bob": 5000}
RATES = {"EUR": "1.08", "GBP": "1.27"}


@app.route("/transfer", methods=["POST"])
def transfer():
    # Amounts in cents, parsed as integers.
    cents = int(request.form["amount_cents"])
    sender = request.form["from"]
    if cents <= 0 or cents > BALANCES[sender]:
        abort(400)
    BALANCES[sender] -= cents
    return jsonify(balance=float(BALANCES[sender]) / 100)  # ok: PYTHON-FLASK-SEC-010


@app.route("/quote")
def quote():
    # Server-side values fetched with .get(): configuration, environment, a constant table.
    fee = float(current_app.config.get("FEE_RATE", "0.01"))  # ok: PYTHON-FLASK-SEC-010
    tax = float(os.environ.get("TAX_RATE", "0.2"))  # ok: PYTHON-FLASK-SEC-010
    rate = float(RATES.get("EUR"))  # ok: PYTHON-FLASK-SEC-010
    units = int(request.args.get("units", "1"))
    return jsonify(total=float(units) * rate * (1 + fee + tax))  # ok: PYTHON-FLASK-SEC-010


@app.route("/default-rate")
def default_rate():
    raw = request.args.get("rate", "1.0")
    raw = "1.0"
    return jsonify(rate=float(raw))  # ok: PYTHON-FLASK-SEC-010
