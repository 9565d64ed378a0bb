import ast
import operator
from aiohttp import web

routes = web.RouteTableDef()

SETTINGS = {"expr": "1 + 1"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@routes.post("/c128")
async def case_128(request):
    params = Params(request)
    target = params.setting("expr")
    exec(compile(target, "<formula>", "exec"))
    return web.Response(text="ok")
