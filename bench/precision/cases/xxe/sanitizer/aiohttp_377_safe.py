import xml.etree.ElementTree as ET
from lxml import etree
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c377")
async def case_377(request):
    doc = request.cookies.get("doc", "")
    root = ET.fromstring(doc)
    return web.Response(text="ok")
