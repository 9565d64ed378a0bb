import os

from flask import Flask, request

from .util import get_param

app = Flask(__name__)


@app.route("/echo")
def echo():
    os.system("logger " + get_param(request, "msg"))
    return "ok"
