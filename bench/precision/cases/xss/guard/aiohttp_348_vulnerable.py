import html
import re
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c348")
async def case_348(request):
    body = await request.json()
    name = body.get("name", "")
    if "<script" in name.lower():
        raise web.HTTPBadRequest()
    return web.Response(text="<p>Result: " + name + "</p>", content_type="text/html")
