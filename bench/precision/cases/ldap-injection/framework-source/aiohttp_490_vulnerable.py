import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from aiohttp import web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

routes = web.RouteTableDef()


@routes.post("/c490")
async def case_490(request):
    uid = request.match_info["uid"]
    conn.search("dc=example,dc=com", "(uid=" + uid + ")")
    return web.Response(text="ok")
