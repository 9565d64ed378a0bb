import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import json

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def handler_217(event, context):
    body = json.loads(event["body"])
    url = body["url"]
    if url not in ALLOWED_HOSTS:
        return {"statusCode": 400, "body": "bad request"}
    resp = requests.get("https://" + url + "/status")
    return {"statusCode": 200, "body": "ok"}
