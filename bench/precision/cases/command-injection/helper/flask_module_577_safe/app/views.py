import os

from flask import Flask, request

from .util import page_size

app = Flask(__name__)


@app.route("/echo")
def echo():
    os.system("tail -n %d /var/log/app.log" % page_size(request))
    return "ok"
