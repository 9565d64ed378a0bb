import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import json

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def handler_218(event, context):
    url = event["pathParameters"]["url"]
    if "localhost" in url:
        return {"statusCode": 400, "body": "bad request"}
    resp = requests.get("https://" + url + "/status")
    return {"statusCode": 200, "body": "ok"}
