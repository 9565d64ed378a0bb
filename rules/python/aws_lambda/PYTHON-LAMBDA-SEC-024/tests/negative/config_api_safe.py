"""Safe look-alikes: safe loaders, JSON, files bundled with the function."""

import base64
import json
import marshal

import yaml


def load_config(event, context):
    cfg = yaml.load(event["body"], Loader=yaml.SafeLoader)  # ok: PYTHON-LAMBDA-SEC-024
    return {"statusCode": 200, "body": json.dumps(sorted(cfg))}


def load_unsafe(event, context):
    doc = base64.b64decode(event["queryStringParameters"]["doc"])
    data = yaml.safe_load(doc)  # ok: PYTHON-LAMBDA-SEC-024
    return {"statusCode": 200, "body": str(len(data))}


def load_positional(event, context):
    with open("/opt/defaults.yaml") as fh:
        defaults = yaml.load(fh, yaml.Loader)  # ok: PYTHON-LAMBDA-SEC-024
    body = json.loads(event["body"])
    return {"statusCode": 200, "body": str(len(defaults) + len(body))}


def load_code(event, context):
    with open("/opt/cache.bin", "rb") as fh:
        code = marshal.loads(fh.read())  # ok: PYTHON-LAMBDA-SEC-024
    return {"statusCode": 200, "body": str(code) + event.get("id", "")}
