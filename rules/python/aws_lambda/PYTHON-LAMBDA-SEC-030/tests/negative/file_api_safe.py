"""Safe look-alikes: reduced names, normalized paths checked against the base, allow-lists, constants."""

import os
import re
import shutil
from pathlib import Path

BASE_DIR = "/opt/app/reports"
REPORTS = {"daily": "daily.csv", "weekly": "weekly.csv"}


def download(event, context):
    name = os.path.basename(event["pathParameters"]["name"])
    with open(os.path.join(BASE_DIR, name)) as fh:  # ok: PYTHON-LAMBDA-SEC-030
        return {"statusCode": 200, "body": fh.read()}


def preview(event, context):
    full = os.path.realpath(os.path.join(BASE_DIR, event["file"]))
    if not full.startswith(BASE_DIR + os.sep):
        return {"statusCode": 400}
    text = Path(full).read_text()  # ok: PYTHON-LAMBDA-SEC-030
    return {"statusCode": 200, "body": text[:200]}


def archive(event, context):
    report = REPORTS.get(event["report"], "daily.csv")
    shutil.copy(os.path.join(BASE_DIR, report), "/tmp/archive/")  # ok: PYTHON-LAMBDA-SEC-030
    return {"statusCode": 204}


def exists(event, context):
    name = event["queryStringParameters"]["name"]
    if not re.fullmatch(r"[A-Za-z0-9_-]+\.csv", name):
        return {"statusCode": 400}
    return {"statusCode": 200, "body": str(os.path.exists(os.path.join(BASE_DIR, name)))}  # ok: PYTHON-LAMBDA-SEC-030


def purge(event, context):
    # The event only says whether to purge; the path is fixed.
    if event.get("purge") == "yes":
        os.remove(os.path.join(BASE_DIR, "cache.tmp"))  # ok: PYTHON-LAMBDA-SEC-030
    return {"statusCode": 204}


def resolved(event, context):
    target = (Path(BASE_DIR) / event["name"]).resolve()
    if not str(target).startswith(BASE_DIR):
        return {"statusCode": 400}
    return {"statusCode": 200, "body": target.read_text()}  # ok: PYTHON-LAMBDA-SEC-030
