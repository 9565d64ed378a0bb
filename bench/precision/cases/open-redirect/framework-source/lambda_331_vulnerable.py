from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_331(event, context):
    next = event["headers"].get("x-next", "")
    return {"statusCode": 302, "headers": {"Location": next}}
