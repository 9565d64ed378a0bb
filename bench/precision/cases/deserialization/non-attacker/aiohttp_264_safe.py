import base64
import json
import pickle
import yaml
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c264")
async def case_264(request):
    state = request.query.get("state", "")
    target = "yes" if state == "1" else "no"
    obj = pickle.loads(base64.b64decode(target))
    return web.Response(text="ok")
