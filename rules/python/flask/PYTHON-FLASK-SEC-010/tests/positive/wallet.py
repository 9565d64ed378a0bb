"""Wallet transfers: amounts parsed with float() straight from the request."""

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BALANCES = {"alice": 100.0, "bob": 50.0}


@app.route("/transfer", methods=["POST"])
def transfer():
    # amount=nan: "nan > balance" is False, so the check passes and the balance becomes NaN.
    amount = float(request.form["amount"])  # expect: PYTHON-FLASK-SEC-010
    sender = request.form["from"]
    if amount > BALANCES[sender]:
        abort(400)
    BALANCES[sender] -= amount
    return jsonify(balance=BALANCES[sender])


@app.route("/quote")
def quote():
    rate = request.args.get("rate", "1.0")
    return jsonify(total=float(rate) * 100)  # expect: PYTHON-FLASK-SEC-010


@app.route("/limits", methods=["POST"])
def limits():
    payload = request.get_json()
    if "daily" in payload:
        raw = payload["daily"]
    else:
        raw = payload.get("monthly", "0")
    return jsonify(limit=float(raw.strip()))  # expect: PYTHON-FLASK-SEC-010


@app.route("/basket", methods=["POST"])
def basket():
    total = 0.0
    for price in request.form.getlist("price"):
        total += float(price)  # expect: PYTHON-FLASK-SEC-010
    return jsonify(total=total)
