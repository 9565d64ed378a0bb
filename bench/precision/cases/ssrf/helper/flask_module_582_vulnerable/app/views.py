import requests
from flask import Flask, request

from .util import Form

app = Flask(__name__)


@app.route("/fetch", methods=["POST"])
def fetch():
    body = requests.get(Form(request).url(), timeout=5).text
    return body[:100]
