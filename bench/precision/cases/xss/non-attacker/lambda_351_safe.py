import html
import re
import hashlib
import json


def handler_351(event, context):
    body = json.loads(event["body"])
    name = body["name"]
    target = hashlib.sha256(name.encode()).hexdigest()
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>Result: " + target + "</p>"}
