import ast
import operator
from flask import Flask, request, redirect, url_for, jsonify, make_response, abort, render_template_string, send_file
from markupsafe import escape

app = Flask(__name__)


@app.route("/c121", methods=["GET", "POST"])
def case_121():
    expr = request.args.to_dict().get("expr", "")
    target = "yes" if expr == "1" else "no"
    result = eval(target)
    return "ok"
