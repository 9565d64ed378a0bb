"""Debug endpoint left in a Flask service: POST a snippet, get its output."""

import contextlib
import io
import os
from builtins import exec as run_code

from flask import Flask, request

app = Flask(__name__)


@app.post("/debug/run")
def run_snippet():
    snippet = request.form["code"]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        run_code(snippet, {})  # expect: PYTHON-LANG-SEC-002
    return buffer.getvalue()


@app.post("/debug/set")
def set_value():
    name = request.args["name"]
    value = request.args["value"]
    exec("%s = %s" % (name, value), globals())  # expect: PYTHON-LANG-SEC-002
    return "ok"


STARTUP = os.environ.get("APP_DEBUG_STARTUP")
if STARTUP:
    with open(STARTUP, encoding="utf-8") as startup_file:
        exec(startup_file.read(), globals())  # expect: PYTHON-LANG-SEC-002
