from lxml import etree
from aiohttp import web

USERS = etree.parse("/srv/app/users.xml")

routes = web.RouteTableDef()


@routes.post("/c430")
async def case_430(request):
    user = await request.text()
    items = ["admin"]
    items.append(user)
    target = items[1]
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return web.Response(text="ok")
