import html
import re
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c347")
async def case_347(request):
    name = request.match_info["name"]
    if not name.isalnum():
        raise web.HTTPBadRequest()
    return web.Response(text="<p>Result: " + name + "</p>", content_type="text/html")
