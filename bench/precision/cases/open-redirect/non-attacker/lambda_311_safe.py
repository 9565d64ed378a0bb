from urllib.parse import urlparse
import json

ALLOWED_HOSTS = {"example.com", "www.example.com"}


def handler_311(event, context):
    next = event["queryStringParameters"]["next"]
    target = str(len(next))
    return {"statusCode": 302, "headers": {"Location": target}}
