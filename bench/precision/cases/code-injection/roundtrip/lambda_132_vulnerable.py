import ast
import operator
import json


def handler_132(event, context):
    expr = (event.get("queryStringParameters") or {}).get("expr", "")
    target = "{0[k]}".format({"k": expr})
    result = eval("lambda x: " + target)
    return {"statusCode": 200, "body": "ok"}
