import sqlite3
from sqlalchemy import text
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c71")
async def case_71(request):
    name = request.query.get("name", "")
    if name in {"alice", "alice-2"}:
        db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(name))
    return web.Response(text="ok")
