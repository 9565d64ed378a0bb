"""Network diagnostics page of a router admin UI."""

import os as operating_system

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    output = operating_system.popen("ping -c 3 " + host).read()  # expect: PYTHON-LANG-SEC-010
    return f"<pre>{output}</pre>"


@app.route("/diag/traceroute", methods=["POST"])
def traceroute():
    operating_system.system("traceroute %s > /tmp/trace.txt" % request.form["host"])  # expect: PYTHON-LANG-SEC-010
    with open("/tmp/trace.txt") as fh:
        return f"<pre>{fh.read()}</pre>"
