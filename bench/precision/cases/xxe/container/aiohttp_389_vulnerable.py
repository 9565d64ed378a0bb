import xml.etree.ElementTree as ET
from lxml import etree
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c389")
async def case_389(request):
    doc = request.query.get("doc", "")
    ctx = {}
    ctx["value"] = "<order><id>1</id></order>"
    ctx["value"] = doc
    target = ctx["value"]
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return web.Response(text="ok")
