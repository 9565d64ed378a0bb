"""The same async services, bound to loopback or to an address chosen at deploy time."""
import asyncio
import os

import uvicorn
from aiohttp import web
from gevent.pywsgi import WSGIServer


async def handle_echo(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    writer.close()


async def start_echo(port):
    server = await asyncio.start_server(handle_echo, "127.0.0.1", port)  # ok: PYTHON-LANG-SEC-070
    async with server:
        await server.serve_forever()


async def start_metrics(port, factory):
    loop = asyncio.get_running_loop()
    return await loop.create_server(factory, host="::1", port=port)  # ok: PYTHON-LANG-SEC-070


def run_api(app):
    uvicorn.run(app, host=os.environ.get("API_HOST", "127.0.0.1"), port=8000)  # ok: PYTHON-LANG-SEC-070


def run_dashboard():
    app = web.Application()
    web.run_app(app, host="localhost", port=8080)  # ok: PYTHON-LANG-SEC-070


def run_legacy_wsgi(wsgi_app, bind_host):
    http_server = WSGIServer((bind_host, 5000), wsgi_app)  # ok: PYTHON-LANG-SEC-070
    http_server.serve_forever()
