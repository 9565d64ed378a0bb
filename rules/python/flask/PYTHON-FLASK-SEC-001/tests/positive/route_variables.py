"""Host tools whose target comes from the URL itself, not from the query string."""

import os

from flask import Blueprint, Flask

app = Flask(__name__)
tools = Blueprint("tools", __name__)


@app.route("/ping/<host>")
def ping(host):
    os.system("ping -c 1 " + host)  # expect: PYTHON-FLASK-SEC-001
    return "sent"


@tools.get("/whois/<path:domain>")
def whois(domain):
    # The path converter even lets slashes through.
    with os.popen(f"whois {domain}") as out:  # expect: PYTHON-FLASK-SEC-001
        return out.read()


@app.post("/archive/<name>/<int:days>")
def archive(name, days):
    os.system("tar czf /backups/%s.tgz --newer-mtime=%d /srv/data" % (name, days))  # expect: PYTHON-FLASK-SEC-001
    return "queued"
