"""Feedback log: helpers move request data into a CSV writer."""

import csv

import flask

bp = flask.Blueprint("feedback", __name__)
LOG = "/srv/feedback.csv"


def submitted_rating():
    """Returns header data: tainted for callers."""
    return flask.request.headers.get("X-Rating", "")


def append_row(values):
    """Reported here when a caller passes request data."""
    with open(LOG, "a", newline="") as fh:
        writer = csv.writer(fh, delimiter=",")
        writer.writerow(values)  # expect: PYTHON-FLASK-SEC-009


@bp.route("/feedback", methods=["POST"])
def feedback():
    append_row(["web", flask.request.values["message"]])
    return "thanks"


@bp.route("/feedback/anonymous", methods=["POST"])
def anonymous():
    with open(LOG, "a", newline="") as fh:
        # Engine gap: a method called on a call's result is not yet checked as a sink.
        csv.writer(fh).writerow(["anonymous", flask.request.form.get("message", "")])  # expect: PYTHON-FLASK-SEC-009
    return "thanks"


@bp.route("/feedback/quick")
def quick():
    with open(LOG, "a", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(row=["quick", submitted_rating()])  # expect: PYTHON-FLASK-SEC-009
    return "thanks"
