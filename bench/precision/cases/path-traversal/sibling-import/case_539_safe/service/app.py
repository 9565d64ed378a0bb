from flask import Flask, request

from helpers.libuser import read_doc

app = Flask(__name__)


@app.route("/run")
def run():
    value = request.args.get("value", "")
    return str(read_doc(value))
