import html
import re
import json


def handler_352(event, context):
    name = event["pathParameters"]["name"]
    target = name.replace(" ", "")
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>Result: " + target + "</p>"}
