"""Concurrent media jobs started with asyncio.create_subprocess_exec from SQS and API events."""

import asyncio
import json
import os
from asyncio import create_subprocess_exec


async def transcode(job):
    # Reported here: the handler passes message data to it.
    proc = await asyncio.create_subprocess_exec(  # expect: PYTHON-LAMBDA-SEC-005
        "ffmpeg", "-y", "-i", job["input"], "-vf", "scale=" + job["scale"], "/tmp/out.mp4"
    )
    return await proc.wait()


async def run_all(records):
    jobs = [json.loads(record["body"]) for record in records]
    return await asyncio.gather(*(transcode(job) for job in jobs))


def sqs_handler(event, context):
    return asyncio.run(run_all(event["Records"]))


async def handle(event):
    params = event["queryStringParameters"]
    # The caller picks the program.
    tool = os.path.join("/opt/bin", params["tool"])
    proc = await asyncio.create_subprocess_exec(tool, "--input", "/tmp/in")  # expect: PYTHON-LAMBDA-SEC-005
    await proc.wait()

    # An argument list built in a loop, passed with *.
    argv = ["zip", "-r", "/tmp/export.zip"]
    for name in params["files"].split(","):
        argv += ["/tmp/data/" + name]
    proc = await create_subprocess_exec(*argv)  # expect: PYTHON-LAMBDA-SEC-005
    await proc.wait()

    # A shell after all: the second element is -c.
    if params.get("mode") == "script":
        script = "cd /tmp/data && " + params["script"]
    else:
        script = "ls -l /tmp/data"
    proc = await asyncio.create_subprocess_exec("sh", "-c", script)  # expect: PYTHON-LAMBDA-SEC-005
    await proc.wait()

    # Event data in the child's environment.
    proc = await asyncio.create_subprocess_exec("/opt/bin/report", env={"PATH": "/usr/bin", **params["env"]})  # expect: PYTHON-LAMBDA-SEC-005
    return await proc.wait()


async def fetch(event):
    # Source written inline in the call.
    proc = await asyncio.create_subprocess_exec("curl", "-sS", event["url"], stdout=asyncio.subprocess.PIPE)  # expect: PYTHON-LAMBDA-SEC-005
    return (await proc.communicate())[0]


async def bundle(event):
    # The same list filled with append(): mutation through a method call is not followed yet.
    argv = ["tar", "czf", "/tmp/bundle.tgz"]
    for name in event["files"]:
        argv.append(name)
    proc = await asyncio.create_subprocess_exec(*argv)  # expect: PYTHON-LAMBDA-SEC-005
    return await proc.wait()
