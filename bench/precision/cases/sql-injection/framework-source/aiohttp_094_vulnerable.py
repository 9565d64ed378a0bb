import sqlite3
from sqlalchemy import text
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c94")
async def case_94(request):
    body = await request.json()
    name = body.get("name", "")
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + name + "'")
    return web.Response(text="ok")
