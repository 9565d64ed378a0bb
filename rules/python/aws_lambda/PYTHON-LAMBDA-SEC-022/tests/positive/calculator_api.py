"""A pricing calculator and a rules engine that evaluate expressions sent by clients."""

import base64
import json

import builtins

RATES = {"standard": 1.0, "express": 1.8}


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    # Direct: the expression from the query string.
    total = eval(params["expr"])  # expect: PYTHON-LAMBDA-SEC-022

    # Built into a larger expression with an f-string.
    shipping = eval(f"{total} * {params.get('multiplier', '1')}", {"__builtins__": {}})  # expect: PYTHON-LAMBDA-SEC-022
    return {"statusCode": 200, "body": json.dumps({"total": total, "shipping": shipping})}


def rules_handler(event, context):
    # SQS: each message carries a rule written as Python.
    for record in event["Records"]:
        rule = json.loads(record["body"])
        code = compile(rule["condition"], "<rule>", "eval")  # expect: PYTHON-LAMBDA-SEC-022
        if eval(code, {"order": rule["order"]}):
            print("matched", rule["name"])


def plugin_handler(event, context):
    # A "hot patch" shipped base64-encoded in the request body.
    if event.get("isBase64Encoded"):
        source = base64.b64decode(event["body"]).decode()
    else:
        source = event["body"]
    exec(source)  # expect: PYTHON-LAMBDA-SEC-022


def apply_formula(formula, values):
    # Reported here: the handler passes the formula from the event.
    return builtins.eval(formula, {}, values)  # expect: PYTHON-LAMBDA-SEC-022


def formula_handler(event, context):
    return {"statusCode": 200, "body": str(apply_formula(event["formula"], {"rate": RATES["standard"]}))}
