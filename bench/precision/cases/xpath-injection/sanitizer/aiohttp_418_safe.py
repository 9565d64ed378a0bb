from lxml import etree
from aiohttp import web

USERS = etree.parse("/srv/app/users.xml")

routes = web.RouteTableDef()


@routes.post("/c418")
async def case_418(request):
    user = request.match_info["user"]
    nodes = USERS.xpath("//user[@name=$name]", name=user)
    return web.Response(text="ok")
