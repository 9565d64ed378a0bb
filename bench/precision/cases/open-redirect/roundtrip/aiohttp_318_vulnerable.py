from urllib.parse import urlparse
import json
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()


@routes.post("/c318")
async def case_318(request):
    next = request.cookies.get("next", "")
    target = json.loads(json.dumps({"k": next}))["k"]
    raise web.HTTPFound(target)
