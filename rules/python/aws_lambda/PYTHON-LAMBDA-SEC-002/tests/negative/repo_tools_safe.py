"""Safe look-alikes: quoted or converted values, data on stdin, constants and configuration."""

import json
import os
import shlex
import subprocess

DEFAULT_BRANCH = os.environ.get("DEFAULT_BRANCH", "main")
SIZES = {"small": "320:-1", "large": "1280:-1"}
TOOLS = {"compress": "gzip"}


def lambda_handler(event, context):
    body = json.loads(event["body"])

    # Quoted for the shell.
    subprocess.run("git -C /tmp/repo log -n 5 -- " + shlex.quote(body["path"]), shell=True)  # ok: PYTHON-LAMBDA-SEC-002
    subprocess.run(shlex.join(["grep", "-rn", body["pattern"], "/tmp/repo"]), shell=True)  # ok: PYTHON-LAMBDA-SEC-002

    # Converted to an integer.
    subprocess.run(["git", "-C", "/tmp/repo", "log", "-n", str(int(body["count"]))], check=True)  # ok: PYTHON-LAMBDA-SEC-002

    # Event data only on stdin: it is never parsed as a command or an argument.
    subprocess.run(["wc", "-l"], input=event["body"], text=True, capture_output=True)  # ok: PYTHON-LAMBDA-SEC-002

    # Environment and configuration values.
    subprocess.run(["git", "-C", "/tmp/repo", "checkout", DEFAULT_BRANCH], check=True)  # ok: PYTHON-LAMBDA-SEC-002
    subprocess.run([TOOLS.get("compress"), "-9", "/tmp/export.tar"], check=True)  # ok: PYTHON-LAMBDA-SEC-002

    # Allow-list lookup through a constant dictionary.
    subprocess.run(["ffmpeg", "-i", "/tmp/in.mp4", "-vf", "scale=" + SIZES[body["size"]], "/tmp/out.mp4"])  # ok: PYTHON-LAMBDA-SEC-002

    # The event value is replaced by a constant before use.
    level = body.get("level")
    level = "9"
    subprocess.run("gzip -" + level + " /tmp/export.tar", shell=True)  # ok: PYTHON-LAMBDA-SEC-002

    # Only compared.
    if body.get("dry_run") == "yes":
        subprocess.run(["git", "-C", "/tmp/repo", "status"])  # ok: PYTHON-LAMBDA-SEC-002
    return {"statusCode": 204}
