import base64
import json
import pickle
import yaml
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c265")
async def case_265(request):
    data = await request.post()
    state = data["state"]
    target = state[:64]
    obj = pickle.loads(base64.b64decode(target))
    return web.Response(text="ok")
