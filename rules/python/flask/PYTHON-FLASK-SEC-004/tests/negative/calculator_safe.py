"""The calculator without eval() on request data: literal parsing, numbers and an operator table."""

import ast
import json
import operator
import os

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)

OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
DEFAULT_RULES = {"beta": "country in ('US', 'CA')"}


@app.route("/calc")
def calc():
    # A literal parser, not an evaluator: only numbers, strings, tuples, lists, dicts, sets, booleans, None.
    return jsonify(result=ast.literal_eval(request.args["expr"]))


@app.route("/binary")
def binary():
    left = float(request.args.get("a", "0"))
    right = float(request.args.get("b", "0"))
    op = OPERATORS[request.args.get("op", "+")]
    return jsonify(result=op(left, right))


@app.route("/power")
def power():
    exponent = int(request.args.get("n", "2"))
    return jsonify(result=eval(f"2 ** {exponent}"))  # ok: PYTHON-FLASK-SEC-004


@app.route("/flags/check")
def check():
    # Rules come from server configuration, the environment or a constant table.
    rule = current_app.config.get("FLAG_RULE", "True")
    context = {"country": request.args.get("country", "US")}
    enabled = eval(rule, {}, context)  # ok: PYTHON-FLASK-SEC-004
    env_rule = os.environ.get("FLAG_RULE_OVERRIDE", "False")
    enabled = enabled or eval(env_rule, {}, context)  # ok: PYTHON-FLASK-SEC-004
    beta_rule = DEFAULT_RULES.get("beta")
    return jsonify(enabled=enabled, beta=eval(beta_rule, {}, context))  # ok: PYTHON-FLASK-SEC-004


@app.route("/default")
def default():
    expression = request.args.get("expr", "1 + 1")
    expression = "1 + 1"
    return jsonify(result=eval(expression))  # ok: PYTHON-FLASK-SEC-004


@app.route("/data", methods=["POST"])
def data():
    return jsonify(parsed=json.loads(request.get_data(as_text=True)))


EXPRESSIONS = {"area": "width * height", "perimeter": "2 * (width + height)"}


@app.route("/shape")
def shape():
    # The request picks a key; the expression itself comes from the constant table.
    expression = EXPRESSIONS[request.args.get("kind", "area")]
    width = float(request.args.get("w", "1"))
    height = float(request.args.get("h", "1"))
    return jsonify(result=eval(expression, {"__builtins__": {}}, {"width": width, "height": height}))  # ok: PYTHON-FLASK-SEC-004
