"""Lambda handlers that load event data with object-building loaders."""

import base64
import json
import marshal

import yaml
from yaml import Loader


def load_config(event, context):
    raw = event["body"]
    # ruleid: PYTHON-LAMBDA-SEC-024
    cfg = yaml.load(raw, Loader=yaml.Loader)
    return {"statusCode": 200, "body": json.dumps(sorted(cfg))}


def load_unsafe(event, context):
    doc = base64.b64decode(event["queryStringParameters"]["doc"])
    # ruleid: PYTHON-LAMBDA-SEC-024
    data = yaml.unsafe_load(doc)
    return {"statusCode": 200, "body": str(len(data))}


def load_positional(event, context):
    body = json.loads(event["body"])
    # ruleid: PYTHON-LAMBDA-SEC-024
    items = yaml.load(body["items"], Loader)
    return {"statusCode": 200, "body": str(len(items))}


def load_code(event, context):
    # ruleid: PYTHON-LAMBDA-SEC-024
    code = marshal.loads(base64.b64decode(event["code"]))
    return {"statusCode": 200, "body": str(code)}
