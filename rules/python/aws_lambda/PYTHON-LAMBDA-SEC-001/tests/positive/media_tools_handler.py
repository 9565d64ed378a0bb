"""Media helpers behind API Gateway (Lambda proxy integration) and an S3 clean-up trigger."""

import json
import os
import urllib.parse

WORK_DIR = "/tmp/convert"


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    size = params.get("size", "200x200")
    name = params["name"]
    src = os.path.join(WORK_DIR, name)

    # Query string values concatenated into the command line.
    os.system("convert " + src + " -resize " + size + " /tmp/out.png")  # expect: PYTHON-LAMBDA-SEC-001

    # A field of the JSON body, through an f-string.
    body = json.loads(event["body"])
    fmt = body.get("format", "png")
    os.system(f"convert /tmp/out.png /tmp/out.{fmt}")  # expect: PYTHON-LAMBDA-SEC-001

    # %-formatting, read back through os.popen.
    listing = os.popen("ls -l %s/%s" % (WORK_DIR, name)).read()  # expect: PYTHON-LAMBDA-SEC-001
    return {"statusCode": 200, "body": json.dumps({"files": listing})}


def fetch_handler(event, context):
    # The source written inline in the sink call.
    os.system("aws s3 cp s3://media-in/" + event["pathParameters"]["key"] + " /tmp/")  # expect: PYTHON-LAMBDA-SEC-001
    return {"statusCode": 204}


def archive_handler(event, context):
    # Tainted on one branch only.
    if event.get("mode") == "zip":
        cmd = "zip -r /tmp/export.zip " + event["path"]
    else:
        cmd = "tar czf /tmp/export.tgz /tmp/data"
    os.system(cmd)  # expect: PYTHON-LAMBDA-SEC-001


def cleanup_handler(event, context):
    # S3 notification: object keys are chosen by whoever can upload to the bucket.
    for record in event["Records"]:
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        os.system("rm -f /tmp/cache/{}".format(key))  # expect: PYTHON-LAMBDA-SEC-001


def run_tool(tool, target):
    # Reported here when a caller passes event data as target.
    return os.popen(f"{tool} {target}").read()  # expect: PYTHON-LAMBDA-SEC-001


def diagnostics_handler(event, context):
    host = event["queryStringParameters"]["host"]
    return {"statusCode": 200, "body": run_tool("ping -c 1", host)}
