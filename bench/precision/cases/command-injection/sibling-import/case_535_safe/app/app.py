from flask import Flask, request

import libuser

app = Flask(__name__)


@app.route("/run")
def run():
    value = request.args.get("value", "")
    return str(libuser.lookup(value))
