"""Services of several frameworks started with debugging on."""

import aiohttp_debugtoolbar
import bottle
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from sanic import Sanic
from starlette.applications import Starlette

api = FastAPI(title="billing", debug=True)  # expect: PYTHON-LANG-SEC-115
site = Starlette(debug=True, routes=[])  # expect: PYTHON-LANG-SEC-115
gateway = Sanic("gateway")


def make_aiohttp():
    app = web.Application(debug=True)  # expect: PYTHON-LANG-SEC-115
    aiohttp_debugtoolbar.setup(app)  # expect: PYTHON-LANG-SEC-115
    return app


def make_tornado(handlers):
    return tornado.web.Application(handlers, serve_traceback=True)  # expect: PYTHON-LANG-SEC-115


def serve():
    bottle.debug(True)  # expect: PYTHON-LANG-SEC-115
    gateway.run(host="0.0.0.0", port=8000, debug=True)  # expect: PYTHON-LANG-SEC-115
