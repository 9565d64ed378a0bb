import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c122/<name>", methods=["GET", "POST"])
def case_122(name):
    expr = name
    target = expr[:64]
    result = eval(target)
    return "ok"
