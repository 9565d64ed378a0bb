import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from aiohttp import web

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

routes = web.RouteTableDef()


@routes.post("/c458")
async def case_458(request):
    uid = request.cookies.get("uid", "")
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
    return web.Response(text="ok")
