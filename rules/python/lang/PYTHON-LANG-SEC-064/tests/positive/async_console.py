"""Async console collector for the lab's terminal servers."""

import telnetlib3


async def collect(host, port=23):
    reader, writer = await telnetlib3.open_connection(host, port)  # expect: PYTHON-LANG-SEC-064
    writer.write("show version\r\n")
    return await reader.read(4096)
