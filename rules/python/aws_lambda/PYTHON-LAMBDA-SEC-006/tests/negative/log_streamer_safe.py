"""Safe look-alikes: fixed programs, mapped or converted values, quoted scripts, configuration."""

import asyncio
import os
import shlex

CHECKS = {"disk": "/opt/checks/disk", "memory": "/opt/checks/memory"}
JOURNALCTL = os.environ.get("JOURNALCTL", "/usr/bin/journalctl")


async def handle(event):
    loop = asyncio.get_running_loop()
    params = event["queryStringParameters"]
    factory = asyncio.SubprocessProtocol

    # Allow-listed program.
    await loop.subprocess_exec(factory, CHECKS[params["check"]])  # ok: PYTHON-LAMBDA-SEC-006

    # Converted to an integer.
    await loop.subprocess_exec(factory, JOURNALCTL, "--no-pager", "-n", str(int(params["lines"])))  # ok: PYTHON-LAMBDA-SEC-006

    # Quoted inside a shell script.
    await loop.subprocess_exec(factory, "sh", "-c", "ls -l /tmp/" + shlex.quote(params["dir"]))  # ok: PYTHON-LAMBDA-SEC-006

    # Event data only on stdin.
    transport, _ = await loop.subprocess_exec(factory, "wc", "-l", stdin=asyncio.subprocess.PIPE)  # ok: PYTHON-LAMBDA-SEC-006
    transport.get_pipe_transport(0).write(event["body"].encode())

    # Configuration .get() and a constant replacement.
    settings = {"unit": "app.service"}
    await loop.subprocess_exec(factory, JOURNALCTL, "-u", settings.get("unit"))  # ok: PYTHON-LAMBDA-SEC-006
    unit = params.get("unit")
    unit = "worker.service"
    await loop.subprocess_exec(factory, JOURNALCTL, "-u", unit)  # ok: PYTHON-LAMBDA-SEC-006
