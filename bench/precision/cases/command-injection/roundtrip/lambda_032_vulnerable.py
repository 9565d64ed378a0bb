import os
import re
import shlex
import subprocess
import base64
import json


def handler_32(event, context):
    host = (event.get("queryStringParameters") or {}).get("host", "")
    target = base64.b64decode(base64.b64encode(host.encode())).decode()
    report = os.popen("whois %s" % target).read()
    return {"statusCode": 200, "body": "ok"}
