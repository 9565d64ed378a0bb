import html
import re
import json


def handler_339(event, context):
    name = event["name"]
    retries = 3
    target = name if retries > 5 else "guest"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>Result: " + target + "</p>"}
