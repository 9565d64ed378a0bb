from urllib.parse import urlparse
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()

ALLOWED_NEXTS = {"/dashboard", "/dashboard-2"}


@routes.post("/c307")
async def case_307(request):
    next = request.headers.get("X-Next", "")
    if next not in ALLOWED_NEXTS:
        raise web.HTTPBadRequest()
    raise web.HTTPFound(next)
