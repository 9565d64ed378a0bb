import os
import re
import shlex
import subprocess
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c22", methods=["GET", "POST"])
def case_22():
    host = request.get_json()["host"]
    target = str(host).strip()
    subprocess.run(f"tar czf /tmp/export.tgz {target}", shell=True, check=True)
    return "ok"
