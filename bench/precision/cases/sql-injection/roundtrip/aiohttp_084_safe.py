import sqlite3
from sqlalchemy import text
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c84")
async def case_84(request):
    name = request.match_info["name"]
    target = "{k}".format(k="alice", note=name)
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return web.Response(text="ok")
