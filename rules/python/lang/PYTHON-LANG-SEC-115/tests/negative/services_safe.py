"""Debugging controlled by the environment, or explicitly off."""

import os

import bottle
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from sanic import Sanic
from starlette.applications import Starlette

DEBUG = True  # ok: PYTHON-LANG-SEC-115
api = FastAPI(title="billing", debug=os.environ.get("APP_DEBUG") == "1")  # ok: PYTHON-LANG-SEC-115
site = Starlette(debug=False, routes=[])  # ok: PYTHON-LANG-SEC-115
gateway = Sanic("gateway")


def make_aiohttp():
    app = web.Application()  # ok: PYTHON-LANG-SEC-115
    return app


def make_tornado(handlers):
    return tornado.web.Application(handlers, debug=DEBUG and False, autoreload=False)  # ok: PYTHON-LANG-SEC-115


def serve():
    bottle.debug(False)  # ok: PYTHON-LANG-SEC-115
    gateway.run(host="127.0.0.1", port=8000, debug=False)  # ok: PYTHON-LANG-SEC-115
