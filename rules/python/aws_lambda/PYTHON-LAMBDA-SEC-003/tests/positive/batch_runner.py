"""Batch steps started as child processes from SQS messages and API requests."""

import json
import os

TOOLS_DIR = "/opt/bin"


def lambda_handler(event, context):
    for record in event["Records"]:
        job = json.loads(record["body"])
        # The message chooses the program that runs.
        tool = os.path.join(TOOLS_DIR, job["tool"])
        os.spawnv(os.P_WAIT, tool, [tool, "--input", "/tmp/in"])  # expect: PYTHON-LAMBDA-SEC-003

        # The message supplies arguments, including options.
        os.spawnlp(os.P_WAIT, "rsync", "rsync", "-a", job["source"], "/tmp/sync/")  # expect: PYTHON-LAMBDA-SEC-003


def shell_step_handler(event, context):
    # A shell started through spawn: the whole line is parsed by sh.
    step = event["queryStringParameters"]["step"]
    line = "make -C /opt/build %s" % step
    return os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", line)  # expect: PYTHON-LAMBDA-SEC-003


def env_handler(event, context):
    # Event data in the child's environment: LD_PRELOAD, PATH or BASH_ENV choose code to load.
    os.spawnve(os.P_WAIT, "/opt/bin/report", ["report"], {**os.environ, **event.get("env", {})})  # expect: PYTHON-LAMBDA-SEC-003

    # The same, with the environment filled in by a method call: mutation through dict.update() is not followed yet.
    env = dict(os.environ)
    env.update(event.get("env", {}))
    os.spawnve(os.P_WAIT, "/opt/bin/report", ["report"], env)  # expect: PYTHON-LAMBDA-SEC-003


def start(program, args):
    # Reported here: the handler below passes event data to it.
    return os.posix_spawnp(program, [program] + args, dict(os.environ))  # expect: PYTHON-LAMBDA-SEC-003


def start_variadic(program, *args):
    # A *args parameter is not followed into the helper yet.
    return os.posix_spawn(program, [program, *args], dict(os.environ))  # todoruleid: PYTHON-LAMBDA-SEC-003


def relay_handler(event, context):
    if event.get("mode") == "fast":
        target = event["target"]
    else:
        target = "default"
    start("curl", ["-sS", "https://status.internal/" + target])
    start_variadic("/usr/bin/curl", "-sS", "https://status.internal/" + target)


def replace_handler(event, context):
    # The process image is replaced by a program the caller picks.
    os.execvp(event["program"], [event["program"], "--version"])  # expect: PYTHON-LAMBDA-SEC-003
