import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    # Flask's request is PYTHON-FLASK-SEC-001's: `request.headers` here is flask.request.headers, not the
    # headers of an aiohttp or Starlette request, so this rule leaves it to the Flask rule.
    # ok: PYTHON-WEB-SEC-001
    os.system("ping -c 1 " + request.headers.get("X-Host", "localhost"))
    # ok: PYTHON-WEB-SEC-001
    os.system("echo " + request.cookies.get("theme", "light"))
    return "ok"
