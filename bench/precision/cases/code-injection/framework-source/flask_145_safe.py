import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c145", methods=["GET", "POST"])
def case_145():
    expr = str(len(request.args.get("expr", "")))
    result = eval("lambda x: " + expr)
    return "ok"
