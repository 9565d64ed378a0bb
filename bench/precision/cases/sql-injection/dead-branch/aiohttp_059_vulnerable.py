import sqlite3
from sqlalchemy import text
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c59")
async def case_59(request):
    name = request.rel_url.query["name"]
    kind = "user"
    match kind:
        case "user":
            target = name
        case _:
            target = "alice"
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return web.Response(text="ok")
