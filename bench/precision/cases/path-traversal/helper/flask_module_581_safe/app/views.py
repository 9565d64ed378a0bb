from flask import Flask, request

from .util import read_upload

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    return read_upload(request)
