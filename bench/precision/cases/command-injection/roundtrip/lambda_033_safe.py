import os
import re
import shlex
import subprocess
import configparser
import json


def handler_33(event, context):
    host = event["headers"].get("x-host", "")
    cfg = configparser.ConfigParser()
    cfg.add_section("job")
    cfg.set("job", "note", host)
    cfg.set("job", "target", "localhost")
    target = cfg.get("job", "target")
    report = os.popen("whois %s" % target).read()
    return {"statusCode": 200, "body": "ok"}
