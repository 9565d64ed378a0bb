import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()

SETTINGS = {"host": "localhost"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@routes.post("/c27")
async def case_27(request):
    params = Params(request)
    target = params.get("host")
    os.system("ping -c 1 " + target)
    return web.Response(text="ok")
