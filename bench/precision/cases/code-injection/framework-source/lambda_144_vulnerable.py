import ast
import operator
import json


def handler_144(event, context):
    expr = event["expr"]
    exec(expr)
    return {"statusCode": 200, "body": "ok"}
