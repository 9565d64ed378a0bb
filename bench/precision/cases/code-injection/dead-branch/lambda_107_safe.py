import ast
import operator
import json


def handler_107(event, context):
    expr = event["queryStringParameters"]["expr"]
    limit = 10
    if limit * 3 > 100:
        target = expr
    else:
        target = "1 + 1"
    result = eval("lambda x: " + target)
    return {"statusCode": 200, "body": "ok"}
