"""Streams the output of diagnostic tools with the low-level event loop API."""

import asyncio
import json


class CollectProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_tool(program, args):
    # Reported here: the handler passes event data as the arguments.
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: CollectProtocol(done), program, *args)  # expect: PYTHON-LAMBDA-SEC-006
    output = await done
    transport.close()
    return output


def lambda_handler(event, context):
    body = json.loads(event["body"])
    output = asyncio.run(run_tool("/usr/bin/journalctl", ["--no-pager", "-u", body["unit"]]))
    return {"statusCode": 200, "body": output.decode()}


async def handle(event):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    params = event["queryStringParameters"]

    # The caller picks the program.
    await loop.subprocess_exec(lambda: CollectProtocol(done), params["tool"], "--version")  # expect: PYTHON-LAMBDA-SEC-006

    # Tainted on one branch, then a shell script.
    if params.get("advanced"):
        script = "grep -r '" + params["pattern"] + "' /var/log"
    else:
        script = "tail -n 50 /var/log/app.log"
    await loop.subprocess_exec(lambda: CollectProtocol(done), "sh", "-c", script)  # expect: PYTHON-LAMBDA-SEC-006

    # Several tools, one per requested check.
    for check in params["checks"].split(","):
        await loop.subprocess_exec(lambda: CollectProtocol(done), "/opt/checks/" + check)  # expect: PYTHON-LAMBDA-SEC-006

    # Event data in the environment of a fixed program.
    await loop.subprocess_exec(lambda: CollectProtocol(done), "/opt/bin/report", env=event["env"])  # expect: PYTHON-LAMBDA-SEC-006
    return await done
