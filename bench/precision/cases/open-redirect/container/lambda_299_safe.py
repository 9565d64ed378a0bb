from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_299(event, context):
    next = event["headers"].get("x-next", "")
    opts = {"user": next, "target": "/dashboard"}
    target = opts["target"]
    return {"statusCode": 302, "headers": {"Location": target}}
