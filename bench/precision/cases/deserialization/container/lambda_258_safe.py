import base64
import json
import pickle
import yaml


def handler_258(event, context):
    state = event["queryStringParameters"]["state"]
    parts = ["gASVCQAAAAAAAACMBWd1ZXN0lC4="]
    parts.extend([state])
    target = parts[:1][0]
    obj = pickle.loads(base64.b64decode(target))
    return {"statusCode": 200, "body": "ok"}
