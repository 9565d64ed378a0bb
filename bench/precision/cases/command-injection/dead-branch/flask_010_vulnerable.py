import os
import re
import shlex
import subprocess
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c10", methods=["GET", "POST"])
def case_10():
    host = request.form["host"]
    mode = "live"
    if mode == "live":
        target = host
    elif mode == "preview":
        target = host.strip()
    else:
        target = "localhost"
    subprocess.run(f"tar czf /tmp/export.tgz {target}", shell=True, check=True)
    return "ok"
