import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from aiohttp import web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

routes = web.RouteTableDef()


@routes.post("/c470")
async def case_470(request):
    uid = request.rel_url.query["uid"]
    if not re.fullmatch(r"[a-z0-9_]+", uid):
        raise web.HTTPBadRequest()
    conn.search("dc=example,dc=com", "(uid=" + uid + ")")
    return web.Response(text="ok")
