import os
import re
import shlex
import subprocess
import json


def handler_48(event, context):
    host = event["host"]
    os.system("ping -c 1 " + host)
    return {"statusCode": 200, "body": "ok"}
