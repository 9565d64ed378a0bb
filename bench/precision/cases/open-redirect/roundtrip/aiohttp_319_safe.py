from urllib.parse import urlparse
import json
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()


@routes.post("/c319")
async def case_319(request):
    next = request.rel_url.query["next"]
    data = json.loads(json.dumps({"q": next, "k": "/dashboard"}))
    target = data["k"]
    raise web.HTTPFound(target)
