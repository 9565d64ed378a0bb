"""Safe look-alikes: quoted or converted values, argument lists, constants and configuration."""

import asyncio
import os
import shlex

RESOLVER = os.environ.get("RESOLVER", "1.1.1.1")
LOGS = {"app": "/var/log/app.log", "audit": "/var/log/audit.log"}


class TailProtocol(asyncio.SubprocessProtocol):
    pass


async def handle(event):
    host = event["host"]

    # Quoted for the shell.
    await asyncio.create_subprocess_shell("ping -c 1 " + shlex.quote(host))  # ok: PYTHON-LAMBDA-SEC-004

    # Converted to an integer.
    await asyncio.create_subprocess_shell("sleep %d" % int(event["delay"]))  # ok: PYTHON-LAMBDA-SEC-004

    # No shell: the host is one argument of a fixed program (PYTHON-LAMBDA-SEC-005 checks exec calls).
    await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host)

    # Environment value and an allow-listed log file.
    await asyncio.create_subprocess_shell(f"dig @{RESOLVER} example.com")  # ok: PYTHON-LAMBDA-SEC-004
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(TailProtocol, "tail -n 20 " + LOGS[event["log"]])  # ok: PYTHON-LAMBDA-SEC-004

    # Configuration lookup, not event data.
    options = {"flags": "-n"}
    await asyncio.create_subprocess_shell("netstat " + options.get("flags"))  # ok: PYTHON-LAMBDA-SEC-004

    # Replaced by a constant before use; only compared.
    target = event.get("target")
    target = "localhost"
    await asyncio.create_subprocess_shell("curl -sS http://" + target + "/health")  # ok: PYTHON-LAMBDA-SEC-004
    if event.get("verbose") == "yes":
        await asyncio.create_subprocess_shell("uptime")  # ok: PYTHON-LAMBDA-SEC-004
