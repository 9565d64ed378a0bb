from lxml import etree
from aiohttp import web

USERS = etree.parse("/srv/app/users.xml")

routes = web.RouteTableDef()


@routes.post("/c451")
async def case_451(request):
    user = request.headers.get("X-User", "")
    find = etree.XPath("//user[@name='%s']/email" % user)
    nodes = find(USERS)
    return web.Response(text="ok")
