from flask import Flask, request

from webapp.libuser import fetch

app = Flask(__name__)


@app.route("/run")
def run():
    value = request.args.get("value", "")
    return str(fetch(value))
