"""Async services started straight from code: every listener is reachable from the whole network."""
import asyncio

import uvicorn
from aiohttp import web
from gevent.pywsgi import WSGIServer

LISTEN_ALL = "0.0.0.0"


async def handle_echo(reader, writer):
    data = await reader.read(100)
    writer.write(data)
    await writer.drain()
    writer.close()


async def start_echo(port):
    server = await asyncio.start_server(handle_echo, LISTEN_ALL, port)  # expect: PYTHON-LANG-SEC-070
    async with server:
        await server.serve_forever()


async def start_metrics(port, factory):
    loop = asyncio.get_running_loop()
    return await loop.create_server(factory, host="::", port=port)  # expect: PYTHON-LANG-SEC-070


def run_api(app):
    uvicorn.run(app, host="0.0.0.0", port=8000, log_level="info")  # expect: PYTHON-LANG-SEC-070


def run_dashboard():
    app = web.Application()
    web.run_app(app, host=LISTEN_ALL, port=8080)  # expect: PYTHON-LANG-SEC-070


def run_legacy_wsgi(wsgi_app):
    http_server = WSGIServer(("", 5000), wsgi_app)  # expect: PYTHON-LANG-SEC-070
    http_server.serve_forever()
