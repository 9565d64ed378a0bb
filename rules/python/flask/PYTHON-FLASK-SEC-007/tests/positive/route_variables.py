"""Files served by a name taken from the URL."""

import os

from flask import Flask

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/reports/<path:name>")
def report(name):
    with open(os.path.join(REPORTS, name)) as fh:  # expect: PYTHON-FLASK-SEC-007
        return fh.read()
