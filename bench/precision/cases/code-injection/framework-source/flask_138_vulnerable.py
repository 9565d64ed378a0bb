import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c138", methods=["GET", "POST"])
def case_138():
    expr = request.form["expr"]
    exec(compile(expr, "<formula>", "exec"))
    return "ok"
