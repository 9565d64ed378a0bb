import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import json

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def handler_204(event, context):
    url = event["queryStringParameters"]["url"]
    resp = requests.get("https://api.example.com/search", params={"q": url}, timeout=5)
    return {"statusCode": 200, "body": "ok"}
