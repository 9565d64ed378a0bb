from urllib.parse import urlparse
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()


@routes.post("/c328")
async def case_328(request):
    next = request.query.get("next", "")
    raise web.HTTPFound(next)
