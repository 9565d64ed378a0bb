from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_300(event, context):
    next = event["next"]
    opts = {"user": next, "target": "/dashboard"}
    target = opts["user"]
    return {"statusCode": 302, "headers": {"Location": target}}
