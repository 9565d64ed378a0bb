import base64
import json
import pickle
import yaml


def handler_259(event, context):
    body = json.loads(event["body"])
    state = body["state"]
    parts = ["gASVCQAAAAAAAACMBWd1ZXN0lC4="]
    parts.extend([state])
    target = parts[-1]
    obj = pickle.loads(base64.b64decode(target))
    return {"statusCode": 200, "body": "ok"}
