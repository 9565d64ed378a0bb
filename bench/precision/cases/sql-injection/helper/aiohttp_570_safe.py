import sqlite3

from aiohttp import web

routes = web.RouteTableDef()
DEFAULT_ORDER = "created"


class Filters:
    def __init__(self, req):
        self.req = req

    def term(self):
        return self.req.query.get("term", "")

    def order(self):
        return DEFAULT_ORDER


@routes.get("/items")
async def items(request):
    f = Filters(request)
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM items ORDER BY " + f.order()).fetchall()
    return web.json_response(rows)
