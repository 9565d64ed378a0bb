import os

from flask import Flask, abort, request

app = Flask(__name__)
UPLOADS = "/var/uploads"


@app.route("/files")
def files():
    wanted = os.path.abspath(os.path.join(UPLOADS, request.args["f"]))
    if not wanted.startswith(os.path.join(UPLOADS, "")):
        abort(404)
    with open(wanted, "rb") as fh:
        return fh.read()
