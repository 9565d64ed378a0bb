import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from aiohttp import web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

routes = web.RouteTableDef()


@routes.post("/c482")
async def case_482(request):
    data = await request.post()
    uid = data["uid"]
    conn.search("dc=example,dc=com", "(uid=" + escape_filter_chars(uid) + ")")
    return web.Response(text="ok")
