"""Views returning request data as JSON, plain text, escaped HTML, or only in a header."""

from flask import Flask, Response, jsonify, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    return "<h1>Hello " + escape(name) + "</h1>"  # ok: PYTHON-FLASK-SEC-008


@app.route("/api/echo")
def echo():
    query = request.args.get("q", "")
    return {"query": query}  # ok: PYTHON-FLASK-SEC-008


@app.route("/api/list")
def listing():
    return jsonify(items=[request.args.get("q", "")])  # ok: PYTHON-FLASK-SEC-008


@app.route("/plain")
def plain():
    text = "You asked for " + request.args.get("q", "")
    return Response(text, mimetype="text/plain")  # ok: PYTHON-FLASK-SEC-008


@app.route("/tagged")
def tagged():
    resp = make_response("<p>saved</p>")
    resp.headers["X-Request-Tag"] = request.args.get("tag", "")
    return resp  # ok: PYTHON-FLASK-SEC-008


def not_a_view():
    return "<p>" + request.args.get("q", "") + "</p>"  # ok: PYTHON-FLASK-SEC-008
