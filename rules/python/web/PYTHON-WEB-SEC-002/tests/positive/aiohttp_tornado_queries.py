import sqlite3

import tornado.web
from aiohttp import web

routes = web.RouteTableDef()
db = sqlite3.connect("app.db")


@routes.get("/users/{name}")
async def user(request):
    name = request.match_info["name"]
    # ruleid: PYTHON-WEB-SEC-002
    rows = db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()
    return web.json_response(rows)


@routes.post("/notes")
async def notes(request):
    data = await request.post()
    q = "DELETE FROM notes WHERE owner = '%(o)s'" % {"o": data["owner"]}
    # ruleid: PYTHON-WEB-SEC-002
    db.execute(q)
    return web.Response(text="ok")


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        order = self.get_argument("order", "name")
        # ruleid: PYTHON-WEB-SEC-002
        rows = db.execute(f"SELECT * FROM reports ORDER BY {order}").fetchall()
        self.write({"rows": rows})


@routes.get("/sorted")
async def sorted_orders(request):
    column = request.query.get("sort", "id")
    # A blacklist of one keyword leaves every other injection open.
    if "drop" in column.lower():
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-002
    rows = db.execute("SELECT id FROM orders ORDER BY " + column).fetchall()
    return web.json_response(rows)
