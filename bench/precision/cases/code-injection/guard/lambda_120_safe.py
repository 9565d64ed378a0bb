import ast
import operator
import json


def handler_120(event, context):
    expr = event["pathParameters"]["expr"]
    if expr in {"1 + 1", "1 + 1-2"}:
        exec(compile(expr, "<formula>", "exec"))
    return {"statusCode": 200, "body": "ok"}
