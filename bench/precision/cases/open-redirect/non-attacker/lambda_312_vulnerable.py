from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_312(event, context):
    body = json.loads(event["body"])
    next = body["next"]
    target = next.lower()
    return {"statusCode": 302, "headers": {"Location": target}}
