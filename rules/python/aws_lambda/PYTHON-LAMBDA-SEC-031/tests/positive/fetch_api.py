"""Lambda handlers that fetch URLs the event chooses."""

import json
import urllib.request

import httpx
import requests


def proxy(event, context):
    url = event["queryStringParameters"]["url"]
    # ruleid: PYTHON-LAMBDA-SEC-031
    resp = requests.get(url, timeout=5)
    return {"statusCode": resp.status_code, "body": resp.text}


def webhook(event, context):
    body = json.loads(event["body"])
    # ruleid: PYTHON-LAMBDA-SEC-031
    httpx.post(f"https://{body['host']}/hooks", json={"ok": True})
    return {"statusCode": 204}


def status(event, context):
    target = event["headers"].get("x-target", "")
    # A block-list of one name leaves every other internal host reachable.
    if "localhost" in target:
        return {"statusCode": 400}
    # ruleid: PYTHON-LAMBDA-SEC-031
    data = urllib.request.urlopen("http://" + target + "/status").read()
    return {"statusCode": 200, "body": data.decode()}


def session_fetch(event, context):
    session = requests.Session()
    # ruleid: PYTHON-LAMBDA-SEC-031
    resp = session.request("GET", event["url"])
    return {"statusCode": 200, "body": resp.text}
