import ast
import operator
import json


def handler_108(event, context):
    body = json.loads(event["body"])
    expr = body["expr"]
    limit = 10
    if len(expr) < limit * 30:
        target = expr
    else:
        target = "1 + 1"
    result = eval("lambda x: " + target)
    return {"statusCode": 200, "body": "ok"}
