"""Spreadsheet-style calculator API: formulas arrive in the query string, form or JSON body."""

import math

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    # ?expr=__import__('os').system('id')
    return jsonify(result=eval(request.args["expr"]))  # expect: PYTHON-FLASK-SEC-004


@app.route("/binary")
def binary():
    left = request.args.get("a", "0")
    op = request.args.get("op", "+")
    right = request.args.get("b", "0")
    expression = f"{left} {op} {right}"
    return jsonify(result=eval(expression))  # expect: PYTHON-FLASK-SEC-004


@app.route("/cell", methods=["POST"])
def cell():
    formula = request.form.get("formula", "")
    if formula.startswith("="):
        formula = formula[1:]
    scope = {"sqrt": math.sqrt, "pi": math.pi}
    return jsonify(value=eval(formula, {"__builtins__": {}}, scope))  # expect: PYTHON-FLASK-SEC-004


@app.route("/sheet", methods=["POST"])
def sheet():
    results = []
    for row in request.get_json()["rows"]:
        results.append(eval("(%s) * %s" % (row["formula"], row["weight"])))  # expect: PYTHON-FLASK-SEC-004
    return jsonify(results=results)
