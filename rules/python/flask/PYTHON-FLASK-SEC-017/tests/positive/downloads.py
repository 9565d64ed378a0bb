"""Download endpoints for invoices and user exports."""

import os

from flask import Flask, request, send_file, send_from_directory

app = Flask(__name__)
EXPORT_ROOT = "/srv/exports"


@app.route("/invoice")
def invoice():
    # ?name=../../etc/passwd walks out of the invoice folder.
    return send_file("/srv/invoices/" + request.args["name"])  # expect: PYTHON-FLASK-SEC-017


@app.route("/exports/<user_id>/<path:name>")
def export(user_id, name):
    return send_file(f"{EXPORT_ROOT}/{user_id}/{name}", as_attachment=True)  # expect: PYTHON-FLASK-SEC-017


@app.route("/attachment")
def attachment():
    path = os.path.join(app.config["UPLOAD_FOLDER"], request.args.get("file", ""))
    return send_file(path)  # todoruleid: PYTHON-FLASK-SEC-017


@app.route("/raw")
def raw():
    return send_file(path_or_file=request.values.get("path"), mimetype="application/octet-stream")  # expect: PYTHON-FLASK-SEC-017


@app.route("/theme/<theme>/<path:asset>")
def theme_asset(theme, asset):
    # The file name is joined safely, but the directory is not.
    return send_from_directory("themes/%s/static" % theme, asset)  # expect: PYTHON-FLASK-SEC-017
