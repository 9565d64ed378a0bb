import html
import re
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c335")
async def case_335(request):
    data = await request.post()
    name = data["name"]
    page = "<h2>" + name + "</h2>"
    return web.Response(body=page.encode(), content_type="text/html")
