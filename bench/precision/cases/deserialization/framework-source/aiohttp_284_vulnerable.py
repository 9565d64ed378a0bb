import base64
import json
import pickle
import yaml
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c284")
async def case_284(request):
    state = request.match_info["state"]
    obj = pickle.loads(state.encode("latin-1"))
    return web.Response(text="ok")
