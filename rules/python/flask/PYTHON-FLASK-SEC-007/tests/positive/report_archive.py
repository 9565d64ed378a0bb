"""Report archive: helpers pass request data to open()."""

import os.path

import flask

bp = flask.Blueprint("archive", __name__)
ARCHIVE = "/var/lib/reports"


def requested_report():
    """Returns the report name from the form: tainted for callers."""
    return flask.request.form.get("report", "latest.pdf")


def read_report(relative_path):
    """Reported here when a caller passes request data."""
    with open(os.path.join(ARCHIVE, relative_path), "rb") as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()


@bp.route("/archive/<path:report>")
def show(report):
    return read_report(flask.request.view_args["report"])


@bp.route("/archive/fetch", methods=["POST"])
def fetch():
    data = open(ARCHIVE + "/" + requested_report(), "rb").read()  # expect: PYTHON-FLASK-SEC-007
    return flask.Response(data, mimetype="application/pdf")


@bp.route("/archive/export")
def export():
    year = flask.request.headers.get("X-Report-Year", "2024")
    directory = os.path.join(ARCHIVE, year)
    parts = []
    for month in ["01", "02", "03"]:
        with open(file=os.path.join(directory, month + ".csv")) as fh:  # expect: PYTHON-FLASK-SEC-007
            parts.append(fh.read())
    return "\n".join(parts)
