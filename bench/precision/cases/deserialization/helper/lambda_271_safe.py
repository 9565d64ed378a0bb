import base64
import json
import pickle
import yaml

SETTINGS = {"state": "gASVCQAAAAAAAACMBWd1ZXN0lC4="}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return (self._req.get("queryStringParameters") or {}).get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


def handler_271(event, context):
    params = Params(event)
    target = params.setting("state")
    cfg = yaml.unsafe_load(target)
    return {"statusCode": 200, "body": "ok"}
