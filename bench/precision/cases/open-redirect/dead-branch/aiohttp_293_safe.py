from urllib.parse import urlparse
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}

routes = web.RouteTableDef()


@routes.post("/c293")
async def case_293(request):
    body = await request.json()
    next = body.get("next", "")
    kind = "static"
    match kind:
        case "user":
            target = next
        case _:
            target = "/dashboard"
    raise web.HTTPFound(target)
