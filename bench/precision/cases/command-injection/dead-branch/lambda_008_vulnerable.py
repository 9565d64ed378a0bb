import os
import re
import shlex
import subprocess
import json


def handler_8(event, context):
    body = json.loads(event["body"])
    host = body["host"]
    target = host if host else "localhost"
    out = subprocess.check_output("nslookup " + target, shell=True)
    return {"statusCode": 200, "body": "ok"}
