"""Safe look-alikes: fixed programs, converted or mapped values, quoted shell lines."""

import json
import os
import shlex

TOOLS = {"resize": "/opt/bin/resize", "thumbnail": "/opt/bin/thumbnail"}
REPORT_BIN = os.environ.get("REPORT_BIN", "/opt/bin/report")


def lambda_handler(event, context):
    job = json.loads(event["body"])

    # The event only picks one of the constant programs.
    tool = TOOLS[job["tool"]]
    os.spawnv(os.P_WAIT, tool, [tool, "--input", "/tmp/in"])  # ok: PYTHON-LAMBDA-SEC-003

    # Converted to an integer.
    os.spawnl(os.P_WAIT, "/opt/bin/resize", "resize", "--width", str(int(job["width"])))  # ok: PYTHON-LAMBDA-SEC-003

    # Quoted for the shell.
    os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "make -C /opt/build " + shlex.quote(job["step"]))  # ok: PYTHON-LAMBDA-SEC-003

    # Program from the environment, fixed arguments.
    os.spawnv(os.P_WAIT, REPORT_BIN, [REPORT_BIN, "--daily"])  # ok: PYTHON-LAMBDA-SEC-003

    # A configuration dictionary's .get() is not event data.
    settings = {"env": {"LANG": "C.UTF-8"}}
    os.spawnve(os.P_WAIT, "/opt/bin/report", ["report"], settings.get("env"))  # ok: PYTHON-LAMBDA-SEC-003

    # Replaced by a constant before use.
    mode = job.get("mode")
    mode = "--quick"
    os.spawnlp(os.P_WAIT, "fsck", "fsck", mode, "/tmp/disk.img")  # ok: PYTHON-LAMBDA-SEC-003
    return {"statusCode": 202}
