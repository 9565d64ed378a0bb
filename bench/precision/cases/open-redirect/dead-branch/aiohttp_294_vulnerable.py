from urllib.parse import urlparse
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()


@routes.post("/c294")
async def case_294(request):
    next = await request.text()
    kind = "user"
    match kind:
        case "user":
            target = next
        case _:
            target = "/dashboard"
    raise web.HTTPFound(target)
