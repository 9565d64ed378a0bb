"""URL variables reduced to a bare file name, or numeric."""

import os

from flask import Flask

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/reports/<name>")
def report(name):
    with open(os.path.join(REPORTS, os.path.basename(name))) as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()


@app.route("/invoices/<int:number>")
def invoice(number):
    with open(f"/srv/invoices/{number}.pdf", "rb") as fh:  # ok: PYTHON-FLASK-SEC-007
        return fh.read()
