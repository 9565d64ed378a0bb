from flask import Flask, request

from helpers.libuser import restore

app = Flask(__name__)


@app.route("/run")
def run():
    value = request.args.get("value", "")
    return str(restore(value))
