import html
import re
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c359")
async def case_359(request):
    name = await request.text()
    return web.Response(text="<p>Result: " + html.escape(name) + "</p>", content_type="text/html")
