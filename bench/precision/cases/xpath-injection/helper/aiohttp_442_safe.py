from lxml import etree
from aiohttp import web

USERS = etree.parse("/srv/app/users.xml")

routes = web.RouteTableDef()

SETTINGS = {"user": "admin"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@routes.post("/c442")
async def case_442(request):
    params = Params(request)
    target = params.setting("user")
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return web.Response(text="ok")
