"""Low-level asyncio transport that streams a command's output to a websocket."""

import asyncio


class Relay(asyncio.SubprocessProtocol):
    def __init__(self, ws):
        self.ws = ws

    def pipe_data_received(self, fd, data):
        asyncio.ensure_future(self.ws.send(data))


async def stream(ws, command):
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_shell(lambda: Relay(ws), command)  # expect: PYTHON-LANG-SEC-022
    return transport


async def stream_exec(ws, script):
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(lambda: Relay(ws), "sh", "-c", script)  # expect: PYTHON-LANG-SEC-022
    return transport


async def stream_keyword(ws, command):
    loop = asyncio.get_running_loop()
    return await loop.subprocess_shell(lambda: Relay(ws), cmd=command)  # expect: PYTHON-LANG-SEC-022
