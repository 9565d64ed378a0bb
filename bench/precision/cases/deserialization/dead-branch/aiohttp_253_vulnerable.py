import base64
import json
import pickle
import yaml
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c253")
async def case_253(request):
    state = request.rel_url.query["state"]
    target = state if state else "gASVCQAAAAAAAACMBWd1ZXN0lC4="
    cfg = yaml.load(target, Loader=yaml.Loader)
    return web.Response(text="ok")
