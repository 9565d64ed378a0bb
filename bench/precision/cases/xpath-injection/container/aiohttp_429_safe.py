from lxml import etree
from aiohttp import web

USERS = etree.parse("/srv/app/users.xml")

routes = web.RouteTableDef()


@routes.post("/c429")
async def case_429(request):
    body = await request.json()
    user = body.get("user", "")
    items = ["admin"]
    items.append(user)
    target = items[0]
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return web.Response(text="ok")
