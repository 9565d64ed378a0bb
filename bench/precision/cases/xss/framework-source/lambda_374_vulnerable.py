import html
import re
import json


def handler_374(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "")
    page = "<h2>%s</h2>" % name
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}
