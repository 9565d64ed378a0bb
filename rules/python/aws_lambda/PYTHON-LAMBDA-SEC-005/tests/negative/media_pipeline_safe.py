"""Safe look-alikes: fixed programs, converted or mapped values, data on stdin, constants."""

import asyncio
import os
import shlex

PRESETS = {"small": "scale=320:-1", "large": "scale=1280:-1"}
FFMPEG = os.environ.get("FFMPEG_PATH", "/opt/bin/ffmpeg")


async def handle(event):
    params = event["queryStringParameters"]

    # The event only picks one of the constant presets.
    await asyncio.create_subprocess_exec(FFMPEG, "-i", "/tmp/in.mp4", "-vf", PRESETS[params["preset"]], "/tmp/out.mp4")  # ok: PYTHON-LAMBDA-SEC-005

    # Converted to an integer.
    await asyncio.create_subprocess_exec("sleep", str(int(params["delay"])))  # ok: PYTHON-LAMBDA-SEC-005

    # Quoted inside a shell line.
    await asyncio.create_subprocess_exec("sh", "-c", "ls -l /tmp/data/" + shlex.quote(params["dir"]))  # ok: PYTHON-LAMBDA-SEC-005

    # Event data only written to stdin, and the working directory is fixed.
    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=asyncio.subprocess.PIPE, cwd="/tmp")  # ok: PYTHON-LAMBDA-SEC-005
    await proc.communicate(event["body"].encode())

    # Configuration lookup, not event data.
    defaults = {"format": "mp4"}
    await asyncio.create_subprocess_exec(FFMPEG, "-i", "/tmp/in", "-f", defaults.get("format"), "/tmp/out")  # ok: PYTHON-LAMBDA-SEC-005

    # Replaced by a constant before use; only compared.
    codec = params.get("codec")
    codec = "libx264"
    await asyncio.create_subprocess_exec(FFMPEG, "-i", "/tmp/in", "-c:v", codec, "/tmp/out.mp4")  # ok: PYTHON-LAMBDA-SEC-005
    if params.get("probe") == "yes":
        await asyncio.create_subprocess_exec("ffprobe", "/tmp/in")  # ok: PYTHON-LAMBDA-SEC-005
