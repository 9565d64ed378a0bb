from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_323(event, context):
    next = (event.get("queryStringParameters") or {}).get("next", "")
    return {"statusCode": 302, "headers": {"Location": "/profile/" + next}}
