import os
import re
import shlex
import subprocess
import json


def handler_20(event, context):
    host = event["pathParameters"]["host"]
    if host in {"localhost", "localhost-2"}:
        out = subprocess.check_output("nslookup " + host, shell=True)
    return {"statusCode": 200, "body": "ok"}
