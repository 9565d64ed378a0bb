"""Development entry points for the catalogue service."""

import flask
from werkzeug import serving

from catalogue import create_app

app = flask.Flask(__name__)
PUBLIC = "0.0.0.0"


@app.route("/health")
def health():
    return {"status": "ok"}


def run_lan_demo():
    app.run(host=PUBLIC, port=8080)  # expect: PYTHON-FLASK-AUDIT-003


def run_ipv6():
    app.run("::", 8081)  # expect: PYTHON-FLASK-AUDIT-003


def run_factory():
    create_app().run(host="0.0.0.0", debug=False)  # expect: PYTHON-FLASK-AUDIT-003


def run_plain_wsgi():
    serving.run_simple("0.0.0.0", 8082, app)  # expect: PYTHON-FLASK-AUDIT-003


def run_plain_wsgi_v6():
    serving.run_simple(hostname="0:0:0:0:0:0:0:0", port=8083, application=app)  # expect: PYTHON-FLASK-AUDIT-003


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)  # expect: PYTHON-FLASK-AUDIT-003
