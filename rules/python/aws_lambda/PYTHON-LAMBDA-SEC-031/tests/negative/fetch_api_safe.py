"""Safe look-alikes: fixed hosts, allow-listed hosts, encoded values, configuration."""

import os
import urllib.request
from urllib.parse import quote, urlparse

import httpx
import requests

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}
API = os.environ.get("API_URL", "https://api.example.com")


def proxy(event, context):
    url = event["queryStringParameters"]["url"]
    parts = urlparse(url)
    if parts.netloc not in ALLOWED_HOSTS:
        return {"statusCode": 400}
    resp = requests.get(url, timeout=5)  # ok: PYTHON-LAMBDA-SEC-031
    return {"statusCode": resp.status_code, "body": resp.text}


def webhook(event, context):
    user = event["pathParameters"]["user"]
    httpx.post("https://api.example.com/users/" + quote(user, safe=""), json={"ok": True})  # ok: PYTHON-LAMBDA-SEC-031
    return {"statusCode": 204}


def status(event, context):
    region = event["region"]
    if region not in {"eu", "us"}:
        return {"statusCode": 400}
    data = urllib.request.urlopen(f"https://{region}.example.com/status").read()  # ok: PYTHON-LAMBDA-SEC-031
    return {"statusCode": 200, "body": data.decode()}


def session_fetch(event, context):
    session = requests.Session()
    resp = session.request("GET", API + "/health", params={"q": event["q"]})  # ok: PYTHON-LAMBDA-SEC-031
    return {"statusCode": 200, "body": resp.text}
