import xml.etree.ElementTree as ET
from lxml import etree
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c412")
async def case_412(request):
    data = await request.post()
    doc = data["doc"]
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(doc.encode(), parser)
    return web.Response(text="ok")
