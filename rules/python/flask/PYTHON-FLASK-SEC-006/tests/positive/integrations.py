"""Third-party integrations: sessions, httpx clients and helpers that take URLs from requests."""

import httpx
import requests
from flask import Blueprint, jsonify
from flask import request as req

integrations = Blueprint("integrations", __name__)
session = requests.Session()


def callback_url():
    """Returns the callback URL from the form: tainted for callers."""
    return req.form.get("callback_url", "")


def fetch_json(url):
    """Reported here when a caller passes request data."""
    with httpx.Client(timeout=5) as client:
        return client.get(url).json()  # expect: PYTHON-FLASK-SEC-006


@integrations.route("/integrations/verify", methods=["POST"])
def verify():
    result = session.head(callback_url(), allow_redirects=False)  # expect: PYTHON-FLASK-SEC-006
    return jsonify(reachable=result.ok)


@integrations.route("/integrations/manifest")
def manifest():
    return jsonify(fetch_json(req.args.get("manifest", "")))


@integrations.route("/integrations/oembed")
def oembed():
    provider = req.cookies.get("oembed_provider", "https://noembed.com")
    return jsonify(httpx.get(url=provider + "/embed", params={"url": req.args.get("url")}).json())  # expect: PYTHON-FLASK-SEC-006
