import base64
import json
import pickle
import yaml
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c252")
async def case_252(request):
    state = request.cookies.get("state", "")
    retries = 3
    target = state if retries > 5 else "gASVCQAAAAAAAACMBWd1ZXN0lC4="
    cfg = yaml.load(target, Loader=yaml.Loader)
    return web.Response(text="ok")
