from flask import Flask, request

from webapp.libuser import find_user

app = Flask(__name__)


@app.route("/run")
def run():
    value = request.args.get("value", "")
    return str(find_user(value))
