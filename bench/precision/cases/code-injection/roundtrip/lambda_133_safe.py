import ast
import operator
import io
import json


def handler_133(event, context):
    expr = event["headers"].get("x-expr", "")
    buf = io.StringIO()
    buf.write("1 + 1")
    log = io.StringIO()
    log.write(expr)
    target = buf.getvalue()
    result = eval("lambda x: " + target)
    return {"statusCode": 200, "body": "ok"}
