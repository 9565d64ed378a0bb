import os
import re
import shlex
import subprocess
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c42/<name>", methods=["GET", "POST"])
def case_42(name):
    host = name
    subprocess.Popen("dig +short {}".format(host), shell=True)
    return "ok"
