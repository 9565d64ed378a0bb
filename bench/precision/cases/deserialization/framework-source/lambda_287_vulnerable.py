import base64
import json
import pickle
import yaml


def handler_287(event, context):
    state = event["pathParameters"]["state"]
    cfg = yaml.load(state, Loader=yaml.Loader)
    return {"statusCode": 200, "body": "ok"}
