import os
import re
import shlex
import subprocess
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c49", methods=["GET", "POST"])
def case_49():
    host = str(request.args.get("host", 1, type=int))
    out = subprocess.check_output("nslookup " + host, shell=True)
    return "ok"
