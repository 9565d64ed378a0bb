"""Look-alikes: argument lists through create_subprocess_exec, and constant shell lines."""

import asyncio
import sys

HEALTHCHECK = "curl -fsS http://127.0.0.1:8080/health"


async def status(service):
    # No shell: service is one argv element.
    proc = await asyncio.create_subprocess_exec("systemctl", "status", service, stdout=asyncio.subprocess.PIPE)  # ok: PYTHON-LANG-SEC-022
    return (await proc.communicate())[0]


async def healthcheck():
    proc = await asyncio.create_subprocess_shell(HEALTHCHECK)  # ok: PYTHON-LANG-SEC-022
    return await proc.wait() == 0


async def load_average():
    proc = await asyncio.create_subprocess_shell("uptime | awk '{print $10}'", stdout=asyncio.subprocess.PIPE)  # ok: PYTHON-LANG-SEC-022
    return (await proc.communicate())[0]


async def run_script(path):
    proc = await asyncio.create_subprocess_exec("bash", path)  # ok: PYTHON-LANG-SEC-022
    return await proc.wait()


async def fixed_pipeline():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "sort /tmp/in | uniq -c")  # ok: PYTHON-LANG-SEC-022
    return await proc.wait()


async def worker(queue):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "app.worker", queue)  # ok: PYTHON-LANG-SEC-022
    return await proc.wait()


async def stream_fixed(loop, factory):
    return await loop.subprocess_shell(factory, "tail -f /var/log/syslog")  # ok: PYTHON-LANG-SEC-022


async def render(template_path, output_path):
    proc = await asyncio.create_subprocess_exec("pandoc", template_path, "-o", output_path)  # ok: PYTHON-LANG-SEC-022
    return await proc.wait()
