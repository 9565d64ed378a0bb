"""Outgoing requests whose destination the server decides."""

import os
from urllib.parse import quote, urlencode

import httpx
import requests
from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)
UPSTREAMS = {"billing": "https://billing.internal/api", "search": "https://search.internal/api"}


@app.route("/preview")
def preview():
    # Host chosen from a server-side table; the request only picks the key.
    upstream = UPSTREAMS.get("search")
    page = requests.get(upstream, params={"q": request.args.get("q", "")}, timeout=5)  # ok: PYTHON-FLASK-SEC-006
    return jsonify(results=page.json())


@app.route("/webhook/relay", methods=["POST"])
def relay():
    # The payload is user data, the destination is configuration.
    target = current_app.config.get("WEBHOOK_URL", "https://hooks.example.com/in")
    resp = requests.post(target, json=request.get_json(), timeout=5)  # ok: PYTHON-FLASK-SEC-006
    token = os.environ.get("AUDIT_URL", "https://audit.example.com/events")
    requests.post(token, data=request.form, timeout=5)  # ok: PYTHON-FLASK-SEC-006
    return jsonify(status=resp.status_code)


@app.route("/users/<int:user_id>")
def user(user_id):
    uid = int(request.view_args["user_id"])
    return jsonify(requests.get(f"https://accounts.internal/users/{uid}", timeout=5).json())  # ok: PYTHON-FLASK-SEC-006


@app.route("/repos")
def repos():
    owner = quote(request.args.get("owner", ""), safe="")
    query = urlencode({"sort": request.args.get("sort", "updated")})
    url = "https://api.github.com/users/" + owner + "/repos?" + query
    return jsonify(requests.get(url, timeout=5).json())  # ok: PYTHON-FLASK-SEC-006


@app.route("/status")
def status():
    service = request.args.get("service", "billing")
    service = "https://status.example.com/api/v2/status.json"
    return jsonify(requests.get(service, timeout=5).json())  # ok: PYTHON-FLASK-SEC-006


@app.route("/services/<name>")
def service(name):
    upstream = UPSTREAMS[request.view_args["name"]]
    return jsonify(requests.get(upstream, timeout=5).json())  # ok: PYTHON-FLASK-SEC-006


@app.route("/items")
def items():
    # Request values only in params=: requests encodes them into the query string.
    return jsonify(httpx.get("https://api.example.com/items", params={"q": request.args.get("q", "")}).json())  # ok: PYTHON-FLASK-SEC-006
