import xml.etree.ElementTree as ET
from lxml import etree
from aiohttp import web

routes = web.RouteTableDef()

SETTINGS = {"doc": "<order><id>1</id></order>"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@routes.post("/c400")
async def case_400(request):
    params = Params(request)
    target = params.get("doc")
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return web.Response(text="ok")
