"""Lambda handlers that build file paths from event data."""

import json
import os
import shutil
from pathlib import Path

BASE_DIR = "/opt/app/reports"


def download(event, context):
    name = event["pathParameters"]["name"]
    # ruleid: PYTHON-LAMBDA-SEC-030
    with open(os.path.join(BASE_DIR, name)) as fh:
        return {"statusCode": 200, "body": fh.read()}


def preview(event, context):
    body = json.loads(event["body"])
    # ruleid: PYTHON-LAMBDA-SEC-030
    text = (Path(BASE_DIR) / body["file"]).read_text()
    return {"statusCode": 200, "body": text[:200]}


def archive(event, context):
    params = event.get("queryStringParameters") or {}
    src = BASE_DIR + "/" + params.get("file", "")
    # ruleid: PYTHON-LAMBDA-SEC-030
    shutil.copy(src, "/tmp/archive/")
    return {"statusCode": 204}


def exists(event, context):
    name = event["queryStringParameters"]["name"]
    full = os.path.join(BASE_DIR, name)
    # Only a startswith check of a path that was not normalized: "a/../../etc" passes it.
    if not full.startswith(BASE_DIR):
        return {"statusCode": 400}
    # ruleid: PYTHON-LAMBDA-SEC-030
    return {"statusCode": 200, "body": str(os.path.exists(full))}


def purge(event, context):
    # A ".." check does not stop an absolute name, which os.path.join keeps as is.
    name = event["name"]
    if ".." in name:
        return {"statusCode": 400}
    # ruleid: PYTHON-LAMBDA-SEC-030
    os.remove(os.path.join(BASE_DIR, name))
    return {"statusCode": 204}
