"""Lambda handlers that redirect to a destination the event chooses."""

import base64
import json


def after_login(event, context):
    nxt = (event.get("queryStringParameters") or {}).get("next", "/")
    # ruleid: PYTHON-LAMBDA-SEC-033
    return {"statusCode": 302, "headers": {"Location": nxt}}


def legacy(event, context):
    body = json.loads(event["body"])
    target = base64.urlsafe_b64decode(body["state"]).decode()
    # A scheme check alone lets //evil.example through.
    if target.startswith("javascript:"):
        return {"statusCode": 400}
    # ruleid: PYTHON-LAMBDA-SEC-033
    return {"statusCode": 301, "headers": {"location": target, "Cache-Control": "no-store"}, "body": ""}


def multi(event, context):
    dest = event["headers"].get("x-return-to", "")
    # ruleid: PYTHON-LAMBDA-SEC-033
    return {"statusCode": 302, "multiValueHeaders": {"Location": [dest]}}


def prefixed(event, context):
    host = event["pathParameters"]["host"]
    # The host part of the URL is the event's.
    # ruleid: PYTHON-LAMBDA-SEC-033
    return {"statusCode": 302, "headers": {"Location": "https://" + host + "/welcome"}}
