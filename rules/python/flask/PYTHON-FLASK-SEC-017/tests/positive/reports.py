"""Report archive served by a blueprint."""

import flask
from flask import Blueprint
from werkzeug.utils import send_file as wz_send_file

reports = Blueprint("reports", __name__)


@reports.route("/reports/<year>/<name>")
def report(year, name):
    return flask.send_file("/data/reports/{}/{}.pdf".format(year, name))  # expect: PYTHON-FLASK-SEC-017


@reports.route("/reports/legacy")
def legacy_report():
    return flask.send_file(filename_or_fp="/data/reports/" + flask.request.args["file"])  # expect: PYTHON-FLASK-SEC-017


def serve_archive(environ, archive_name):
    return wz_send_file(f"/data/archive/{archive_name}", environ)  # expect: PYTHON-FLASK-SEC-017


@reports.route("/reports/by-team")
def team_report():
    return flask.send_from_directory(directory=f"/data/teams/{flask.request.args['team']}", path="summary.pdf")  # expect: PYTHON-FLASK-SEC-017
