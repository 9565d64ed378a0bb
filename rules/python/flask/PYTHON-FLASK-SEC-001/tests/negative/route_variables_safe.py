"""URL variables that cannot carry shell text: numeric converters, int annotations, quoted values."""

import os
import shlex

from flask import Flask

app = Flask(__name__)


@app.route("/jobs/<int:job_id>/retry")
def retry(job_id):
    os.system("jobctl retry %d" % job_id)  # ok: PYTHON-FLASK-SEC-001
    return "retried"


@app.get("/nice/<level>")
def nice(level: int):
    os.system(f"renice {level} -p 1")  # ok: PYTHON-FLASK-SEC-001
    return "ok"


@app.route("/ping/<host>")
def ping(host):
    os.system("ping -c 1 " + shlex.quote(host))  # ok: PYTHON-FLASK-SEC-001
    return "sent"


def helper(host):
    # Not a route handler: nothing says where host comes from.
    os.system("ping -c 1 " + host)  # ok: PYTHON-FLASK-SEC-001
