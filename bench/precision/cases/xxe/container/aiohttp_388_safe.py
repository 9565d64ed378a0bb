import xml.etree.ElementTree as ET
from lxml import etree
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c388")
async def case_388(request):
    doc = request.rel_url.query["doc"]
    ctx = {}
    ctx["raw"] = doc
    ctx["value"] = "<order><id>1</id></order>"
    target = ctx["value"]
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return web.Response(text="ok")
