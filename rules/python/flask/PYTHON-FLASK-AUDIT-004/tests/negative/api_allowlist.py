"""APIs that name the origins they trust."""

import os

from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

TRUSTED = ["https://app.example.com", "https://admin.example.com"]

app = Flask(__name__)
CORS(app, origins=TRUSTED, supports_credentials=True)  # ok: PYTHON-FLASK-AUDIT-004

partners = Flask("partners")
CORS(partners, resources={r"/api/*": {"origins": TRUSTED}}, supports_credentials=True)  # ok: PYTHON-FLASK-AUDIT-004
partners.config["CORS_ORIGINS"] = TRUSTED  # ok: PYTHON-FLASK-AUDIT-004
partners.config.update(CORS_ORIGINS=os.environ["ALLOWED_ORIGINS"].split(","))  # ok: PYTHON-FLASK-AUDIT-004


@app.route("/orders")
@cross_origin(origins="https://app.example.com", supports_credentials=True)  # ok: PYTHON-FLASK-AUDIT-004
def orders():
    return jsonify([])


@app.route("/status")
@cross_origin(origins=r"https://.*\.example\.com")  # ok: PYTHON-FLASK-AUDIT-004
def status():
    return jsonify({"ok": True})


@app.route("/origins")
def origins():
    return jsonify(TRUSTED)


def create_app(config):
    application = Flask(__name__)
    CORS(application, origins=config["CORS_ORIGINS"], supports_credentials=True)  # ok: PYTHON-FLASK-AUDIT-004
    return application
