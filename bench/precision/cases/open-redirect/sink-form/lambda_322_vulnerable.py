from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_322(event, context):
    next = event["pathParameters"]["next"]
    return {"statusCode": 302, "headers": {"Location": next}}
