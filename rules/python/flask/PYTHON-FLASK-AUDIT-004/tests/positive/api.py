"""Public and account APIs."""

from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# Session cookies are sent cross-site, and every Origin is echoed back.
CORS(app, supports_credentials=True)  # expect: PYTHON-FLASK-AUDIT-004

account = Blueprint("account", __name__)
CORS(account, origins="*", supports_credentials=True)  # expect: PYTHON-FLASK-AUDIT-004


@account.route("/me")
def me():
    return jsonify({"user": "..."})


@app.route("/orders")
@cross_origin(supports_credentials=True)  # expect: PYTHON-FLASK-AUDIT-004
def orders():
    return jsonify([])


@app.route("/export")
@cross_origin(origins=".*", methods=["GET", "POST"])  # expect: PYTHON-FLASK-AUDIT-004
def export():
    return jsonify([])
