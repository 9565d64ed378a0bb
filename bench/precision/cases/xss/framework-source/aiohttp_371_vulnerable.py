import html
import re
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c371")
async def case_371(request):
    name = request.headers.get("X-Name", "")
    return web.Response(text="<p>Result: " + name + "</p>", content_type="text/html")
