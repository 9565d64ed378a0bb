import sqlite3
from sqlalchemy import text
import configparser
from aiohttp import web

db = sqlite3.connect("app.db")

routes = web.RouteTableDef()


@routes.post("/c83")
async def case_83(request):
    data = await request.post()
    name = data["name"]
    cfg = configparser.ConfigParser()
    cfg.add_section("job")
    cfg.set("job", "target", name)
    target = cfg.get("job", "target")
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + target + "'")
    return web.Response(text="ok")
