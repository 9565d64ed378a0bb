"""Thermostat API: helpers convert request values to float."""

import flask

app = flask.Flask(__name__)
SETTINGS = {"target": 21.0}


def header_offset():
    """Returns a header value: tainted for callers."""
    return flask.request.headers.get("X-Offset", "0")


def to_celsius(value):
    """Reported here when a caller passes request data."""
    return (float(value) - 32) * 5 / 9  # expect: PYTHON-FLASK-SEC-010


@app.route("/target", methods=["PUT"])
def set_target():
    SETTINGS["target"] = to_celsius(flask.request.values["fahrenheit"])
    return flask.jsonify(SETTINGS)


@app.route("/offset")
def offset():
    return flask.jsonify(offset=float(header_offset()))  # expect: PYTHON-FLASK-SEC-010
