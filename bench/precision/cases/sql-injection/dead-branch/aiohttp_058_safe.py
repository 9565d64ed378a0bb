import sqlite3
from sqlalchemy import text
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c58")
async def case_58(request):
    name = request.cookies.get("name", "")
    kind = "static"
    match kind:
        case "user":
            target = name
        case _:
            target = "alice"
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return web.Response(text="ok")
