"""Safe look-alikes: quoted or converted event values, constants, configuration lookups."""

import json
import os
import shlex

BUCKET = os.environ.get("MEDIA_BUCKET", "media-out")
SIZES = {"small": "100x100", "medium": "400x400", "large": "1200x1200"}

with open("/opt/config.json") as fh:
    config = json.load(fh)


def quote_arg(value):
    return shlex.quote(value)


def lambda_handler(event, context):
    params = event["queryStringParameters"]
    name = params["name"]

    # Quoted for the shell.
    os.system("convert " + shlex.quote("/tmp/" + name) + " /tmp/out.png")  # ok: PYTHON-LAMBDA-SEC-001

    # Converted to an integer.
    count = int(params.get("count", "1"))
    os.system("convert /tmp/out.png -colors %d /tmp/out.gif" % count)  # ok: PYTHON-LAMBDA-SEC-001

    # Allow-list: the event only picks one of the constant sizes.
    os.system("convert /tmp/out.png -resize " + SIZES[params["size"]] + " /tmp/thumb.png")  # ok: PYTHON-LAMBDA-SEC-001

    # Values from the environment and from a bundled configuration file, not from the event.
    os.system(f"aws s3 sync /tmp/out s3://{BUCKET}/")  # ok: PYTHON-LAMBDA-SEC-001
    retention = config.get("retention_days", "7")
    os.system("find /tmp -mtime +" + retention + " -delete")  # ok: PYTHON-LAMBDA-SEC-001

    # The event value is replaced by a constant before use.
    fmt = params.get("format")
    fmt = "png"
    os.system("convert /tmp/out.png /tmp/out." + fmt)  # ok: PYTHON-LAMBDA-SEC-001

    # shlex.join quotes every element.
    os.popen(shlex.join(["tar", "czf", "/tmp/export.tgz", params["dir"]]))  # ok: PYTHON-LAMBDA-SEC-001

    # Only compared, never put into the command.
    if params.get("verbose") == "1":
        os.system("df -h /tmp")  # ok: PYTHON-LAMBDA-SEC-001

    # Quoted by a small wrapper around shlex.quote.
    os.system("rm -f /tmp/cache/" + quote_arg(name))  # ok: PYTHON-LAMBDA-SEC-001
    return {"statusCode": 204}


def cleanup_handler(event, context):
    # S3 notification: each key quoted before it reaches the shell; the listing command is constant.
    for record in event["Records"]:
        os.system("rm -f /tmp/cache/" + shlex.quote(record["s3"]["object"]["key"]))  # ok: PYTHON-LAMBDA-SEC-001
    with os.popen("ls -l /tmp/cache") as listing:  # ok: PYTHON-LAMBDA-SEC-001
        return {"statusCode": 200, "body": listing.read()}
