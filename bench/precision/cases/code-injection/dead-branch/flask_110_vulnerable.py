import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c110", methods=["GET", "POST"])
def case_110():
    expr = request.url
    target = expr if expr else "1 + 1"
    exec(compile(target, "<formula>", "exec"))
    return "ok"
