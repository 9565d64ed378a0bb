import os
import re
import shlex
import subprocess
import json


def handler_7(event, context):
    host = event["queryStringParameters"]["host"]
    retries = 3
    target = host if retries > 5 else "localhost"
    out = subprocess.check_output("nslookup " + target, shell=True)
    return {"statusCode": 200, "body": "ok"}
