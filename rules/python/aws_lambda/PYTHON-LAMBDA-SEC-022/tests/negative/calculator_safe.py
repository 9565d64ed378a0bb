"""Safe look-alikes: literal parsing, JSON, conversions, allow-listed operations, constants."""

import ast
import json
import operator
import os

OPERATIONS = {"add": operator.add, "mul": operator.mul}
FORMULAS = {"vat": "net * 1.2", "discount": "net * 0.9"}
DEFAULT_EXPR = os.environ.get("DEFAULT_EXPR", "1 + 1")
settings = {"check": "True"}


def lambda_handler(event, context):
    params = event["queryStringParameters"]

    # Parsing data instead of running it.
    items = ast.literal_eval(params["items"])
    body = json.loads(event["body"])
    result = OPERATIONS[params["op"]](int(params["a"]), int(params["b"]))

    # Converted to an integer; an allow-listed formula; the event value only in the namespace.
    eval("%d * 2" % int(params["n"]))  # ok: PYTHON-LAMBDA-SEC-022
    eval(FORMULAS[params["formula"]], {"__builtins__": {}}, {"net": float(body["net"])})  # ok: PYTHON-LAMBDA-SEC-022

    # Constant and configuration expressions.
    eval(DEFAULT_EXPR)  # ok: PYTHON-LAMBDA-SEC-022
    exec(settings.get("check"))  # ok: PYTHON-LAMBDA-SEC-022
    code = compile("total = sum(values)", "<report>", "exec")  # ok: PYTHON-LAMBDA-SEC-022
    exec(code, {"values": body["values"]})  # ok: PYTHON-LAMBDA-SEC-022

    # Replaced by a constant; only compared.
    expr = params.get("expr")
    expr = "2 ** 10"
    eval(expr)  # ok: PYTHON-LAMBDA-SEC-022
    if params.get("debug") == "1":
        exec("print('debug mode')")  # ok: PYTHON-LAMBDA-SEC-022
    return {"statusCode": 200, "body": json.dumps({"items": items, "result": result})}
