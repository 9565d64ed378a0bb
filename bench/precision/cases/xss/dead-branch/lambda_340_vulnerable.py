import html
import re
import json


def handler_340(event, context):
    name = event["queryStringParameters"]["name"]
    target = name if name else "guest"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>Result: " + target + "</p>"}
