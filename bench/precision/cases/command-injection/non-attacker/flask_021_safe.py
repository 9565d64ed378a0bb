import os
import re
import shlex
import subprocess
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c21", methods=["GET", "POST"])
def case_21():
    host = request.values.get("host")
    target = str(int(host))
    subprocess.run(f"tar czf /tmp/export.tgz {target}", shell=True, check=True)
    return "ok"
