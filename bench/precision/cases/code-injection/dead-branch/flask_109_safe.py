import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c109", methods=["GET", "POST"])
def case_109():
    expr = request.full_path
    retries = 3
    target = expr if retries > 5 else "1 + 1"
    exec(compile(target, "<formula>", "exec"))
    return "ok"
