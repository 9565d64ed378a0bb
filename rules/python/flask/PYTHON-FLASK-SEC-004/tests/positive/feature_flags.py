"""Feature-flag rules evaluated per request: helpers carry request data to eval()."""

import flask
from flask import request as req

app = flask.Flask(__name__)


def rule_from_header():
    """Returns a header value: callers receive request data."""
    return req.headers.get("X-Flag-Rule", "True")


def evaluate_rule(rule, context):
    """Reported here when a caller passes request data."""
    return bool(eval(rule, {}, context))  # expect: PYTHON-FLASK-SEC-004


@app.route("/flags/check")
def check():
    context = {"country": req.args.get("country", "US")}
    enabled = eval(rule_from_header(), {}, context)  # expect: PYTHON-FLASK-SEC-004
    return flask.jsonify(enabled=enabled)


@app.route("/flags/preview", methods=["POST"])
def preview():
    body = flask.request.get_data(as_text=True)
    return flask.jsonify(enabled=evaluate_rule(body.strip(), {"country": "US"}))
