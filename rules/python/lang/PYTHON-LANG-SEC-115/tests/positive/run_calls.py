"""Development servers of several frameworks started with their debug switch on."""

import bottle
from aiohttp import web
from sanic import Sanic


def serve_bottle():
    bottle.run(host="0.0.0.0", port=8080, debug=True)  # expect: PYTHON-LANG-SEC-115


def serve_sanic():
    Sanic("reports").run(host="0.0.0.0", port=8000, debug=True)  # expect: PYTHON-LANG-SEC-115


def serve_aiohttp(app: web.Application):
    web.run_app(app, port=8081, debug=True)  # expect: PYTHON-LANG-SEC-115
